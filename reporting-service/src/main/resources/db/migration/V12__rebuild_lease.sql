-- Rebuild ownership lives in the database, not in one instance's memory: the instance building a
-- generation holds a lease (owner + heartbeat). Only the owner may switch to its generation; a lease whose
-- heartbeat stopped is abandoned safely by whoever comes next; two instances never rebuild at once.
ALTER TABLE read_model_generation ADD COLUMN owner TEXT;
ALTER TABLE read_model_generation ADD COLUMN heartbeat_at TIMESTAMPTZ;
