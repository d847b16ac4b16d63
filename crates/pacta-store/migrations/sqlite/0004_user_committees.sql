-- The committees a member's account serves: a member reads the register of communications
-- and urgent actions of these committees only (a CMW member does not read CCPR cases).
-- The secretariat and admins are not limited by this table.

CREATE TABLE user_committees (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    committee TEXT NOT NULL,
    PRIMARY KEY (user_id, committee)
) STRICT;
