// The all-in-one entry: registers every element (each registration is guarded).
