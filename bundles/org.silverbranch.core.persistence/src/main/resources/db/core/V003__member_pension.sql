-- The monthly pension a member declared, in fen: the base of the monthly Party dues (organizational life).
ALTER TABLE sb_member ADD COLUMN monthly_pension_fen BIGINT;
