-- Which street enabled which module. Rows stay when a module is uninstalled: reinstalling restores the service.
CREATE TABLE sb_street_module (
    street_code VARCHAR(9) NOT NULL,
    module_id VARCHAR(32) NOT NULL,
    enabled_at TIMESTAMP NOT NULL,
    enabled_by VARCHAR(100) NOT NULL,
    CONSTRAINT pk_street_module PRIMARY KEY (street_code, module_id),
    CONSTRAINT fk_street_module_street FOREIGN KEY (street_code) REFERENCES sb_street (code)
);
