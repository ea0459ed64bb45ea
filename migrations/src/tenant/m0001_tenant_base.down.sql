DROP TABLE vaccine_rule_sets;
DROP TABLE vaccines;
DROP TABLE id_document_types;
DROP TABLE genders;
DROP TABLE facilities;
DROP TABLE districts;
DROP TABLE states;
