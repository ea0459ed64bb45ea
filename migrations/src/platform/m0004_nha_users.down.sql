DROP TABLE nha_users;
