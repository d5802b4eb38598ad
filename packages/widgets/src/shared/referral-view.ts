import type { ReferralRoute } from '../feed/schema.js';
import type { MsgFn } from '../i18n/messages.js';

/** The heading over a centre's ways in, the same in the finder and on the card. */
export function referralHeading(t: MsgFn): string {
  return t('Slik kommer du i gang', { id: 'referral.heading' });
}

/** One way into a centre as a citizen reads it: who can refer you, or that you need no referral. */
export function referralText(t: MsgFn, route: ReferralRoute): string {
  switch (route) {
    case 'self':
      return t('Du kan ta kontakt selv. Du trenger ikke henvisning.', { id: 'referral.self' });
    case 'gp':
      return t('Fastlegen din kan henvise deg.', { id: 'referral.gp' });
    case 'nav':
      return t('Nav kan henvise deg.', { id: 'referral.nav' });
    case 'health-personnel':
      return t('Annet helsepersonell kan også henvise deg.', { id: 'referral.healthPersonnel' });
  }
}
