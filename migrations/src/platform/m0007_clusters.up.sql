-- The PostgreSQL cluster holding each tenant's schema: 'main' is this cluster (the platform's); any other is named in
-- the servers' configuration (`database.clusters`). `cowin tenant move` changes it.
ALTER TABLE tenants ADD COLUMN cluster text NOT NULL DEFAULT 'main' CHECK (cluster ~ '^[a-z][a-z0-9_]{0,30}$');
-- While a move copies the tenant, servers begin none of its transactions until this moment (or the move's end), so
-- that the move's locks are not caught in deadlocks with new ones. A move that dies leaves a pause that ends itself.
ALTER TABLE tenants ADD COLUMN paused_until timestamptz;

-- An entry relayed from another cluster's audit spool carries that cluster's name and its id there, so a relay
-- repeated after a crash adds nothing twice.
ALTER TABLE audit_events ADD COLUMN relayed_from text UNIQUE;
