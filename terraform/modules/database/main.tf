# One PostgreSQL database cluster: a Multi-AZ RDS instance (synchronous standby in another zone, automatic
# failover), optional read replicas, its own KMS key, and a Secrets Manager secret with the connection URL the
# server reads as COWIN_DATABASE__URL (or as one of the named clusters). The platform places each country's
# schema on one named cluster, so this module is instantiated once per cluster.

data "aws_partition" "current" {}

locals {
  # RDS identifiers allow letters, digits and hyphens; cluster names use underscores (they become
  # environment variable names), so translate.
  identifier = "${var.name_prefix}-${replace(var.cluster_name, "_", "-")}"
  port       = 5432
}

module "key" {
  source = "../kms_key"

  name        = local.identifier
  description = "CoWIN ${local.identifier}: PostgreSQL storage, snapshots, Performance Insights and the URL secret"
  tags        = var.tags
}

resource "aws_db_subnet_group" "this" {
  name       = local.identifier
  subnet_ids = var.subnet_ids
  tags       = var.tags
}

resource "aws_security_group" "this" {
  name        = "${local.identifier}-postgres"
  description = "PostgreSQL of cluster ${var.cluster_name}: the application tasks only"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${local.identifier}-postgres" })
}

# count, not for_each: the application's security group id is unknown until the first apply, and for_each
# keys must be known when planning.
resource "aws_vpc_security_group_ingress_rule" "from_security_groups" {
  count = length(var.allowed_security_group_ids)

  security_group_id            = aws_security_group.this.id
  description                  = "PostgreSQL from the application"
  referenced_security_group_id = var.allowed_security_group_ids[count.index]
  ip_protocol                  = "tcp"
  from_port                    = local.port
  to_port                      = local.port
}

# Peered VPCs in other regions cannot reference security groups, so they are admitted by address range.
resource "aws_vpc_security_group_ingress_rule" "from_cidrs" {
  for_each = toset(var.allowed_cidr_blocks)

  security_group_id = aws_security_group.this.id
  description       = "PostgreSQL from the application subnets of a peered VPC"
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = local.port
  to_port           = local.port
}

resource "aws_db_parameter_group" "this" {
  name_prefix = "${local.identifier}-"
  family      = "postgres${var.postgres_major_version}"
  description = "CoWIN cluster ${var.cluster_name}"

  # Connections without TLS are refused: the URL the server gets asks for verify-full.
  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }

  parameter {
    name  = "log_connections"
    value = "1"
  }

  parameter {
    name  = "log_disconnections"
    value = "1"
  }

  # No statement text and no bind parameters in the database's logs: statements carry keyed hashes of mobile
  # numbers and identity numbers, and the project keeps personal data out of every log.
  parameter {
    name  = "log_statement"
    value = "none"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "-1"
  }

  parameter {
    name  = "log_parameter_max_length"
    value = "0"
  }

  parameter {
    name  = "log_parameter_max_length_on_error"
    value = "0"
  }

  # Per-statement timing without parameters, for Performance Insights and pg_stat_statements.
  parameter {
    name         = "shared_preload_libraries"
    value        = "pg_stat_statements"
    apply_method = "pending-reboot"
  }

  tags = var.tags

  lifecycle {
    create_before_destroy = true
  }
}

# The master password: letters and digits only (no escaping surprises in the URL), drawn once.
data "aws_secretsmanager_random_password" "password" {
  password_length     = 40
  exclude_punctuation = true
}

resource "terraform_data" "password" {
  input = data.aws_secretsmanager_random_password.password.random_password

  lifecycle {
    ignore_changes = [input]
  }
}

data "aws_iam_policy_document" "monitoring_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["monitoring.rds.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "monitoring" {
  name_prefix        = "${substr(local.identifier, 0, 26)}-rdsmon-"
  assume_role_policy = data.aws_iam_policy_document.monitoring_assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "monitoring" {
  role       = aws_iam_role.monitoring.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
}

# RDS creates these on first write, unencrypted and kept forever, unless they exist beforehand.
resource "aws_cloudwatch_log_group" "exports" {
  for_each = toset(["postgresql", "upgrade"])

  name              = "/aws/rds/instance/${local.identifier}/${each.value}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.logs_kms_key_arn
  tags              = var.tags
}

resource "aws_db_instance" "primary" {
  identifier     = local.identifier
  engine         = "postgres"
  engine_version = var.postgres_major_version
  instance_class = var.instance_class

  db_name  = var.database_name
  username = var.master_username
  password = terraform_data.password.output
  port     = local.port

  allocated_storage     = var.allocated_storage_gb
  max_allocated_storage = var.max_allocated_storage_gb
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = module.key.arn

  multi_az               = var.multi_az
  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [aws_security_group.this.id]
  publicly_accessible    = false
  ca_cert_identifier     = "rds-ca-rsa2048-g1"
  parameter_group_name   = aws_db_parameter_group.this.name

  iam_database_authentication_enabled = var.iam_database_authentication

  backup_retention_period   = var.backup_retention_days
  backup_window             = var.backup_window
  maintenance_window        = var.maintenance_window
  copy_tags_to_snapshot     = true
  delete_automated_backups  = false
  deletion_protection       = var.deletion_protection
  skip_final_snapshot       = false
  final_snapshot_identifier = "${local.identifier}-final"

  performance_insights_enabled          = true
  performance_insights_kms_key_id       = module.key.arn
  performance_insights_retention_period = var.performance_insights_retention_days
  monitoring_interval                   = var.monitoring_interval_seconds
  monitoring_role_arn                   = aws_iam_role.monitoring.arn
  enabled_cloudwatch_logs_exports       = ["postgresql", "upgrade"]

  auto_minor_version_upgrade  = true
  allow_major_version_upgrade = false
  # Changes wait for the maintenance window unless an operator applies them with the console or CLI.
  apply_immediately = false

  tags = merge(var.tags, { Name = local.identifier, CowinCluster = var.cluster_name })

  depends_on = [aws_cloudwatch_log_group.exports]
}

# Read replicas: not used by the server today; for reporting, for a warm copy, and to fail over to if the
# primary's region-local Multi-AZ pair is lost.
resource "aws_db_instance" "replica" {
  #checkov:skip=CKV_AWS_157:A read replica is itself the second copy, placed by RDS apart from the primary; the primary (which takes every write) is Multi-AZ. A Multi-AZ replica would double its cost for a copy nothing writes to.
  count = var.read_replica_count

  identifier          = "${local.identifier}-replica-${count.index + 1}"
  replicate_source_db = aws_db_instance.primary.identifier
  instance_class      = var.replica_instance_class != null ? var.replica_instance_class : var.instance_class

  storage_type           = "gp3"
  storage_encrypted      = true
  kms_key_id             = module.key.arn
  multi_az               = false
  vpc_security_group_ids = [aws_security_group.this.id]
  publicly_accessible    = false
  ca_cert_identifier     = "rds-ca-rsa2048-g1"
  parameter_group_name   = aws_db_parameter_group.this.name

  iam_database_authentication_enabled = var.iam_database_authentication

  # Replicas keep a short backup of their own so one can be promoted without losing point-in-time recovery.
  backup_retention_period = var.backup_retention_days
  copy_tags_to_snapshot   = true
  deletion_protection     = var.deletion_protection
  skip_final_snapshot     = true

  performance_insights_enabled          = true
  performance_insights_kms_key_id       = module.key.arn
  performance_insights_retention_period = var.performance_insights_retention_days
  monitoring_interval                   = var.monitoring_interval_seconds
  monitoring_role_arn                   = aws_iam_role.monitoring.arn
  enabled_cloudwatch_logs_exports       = ["postgresql", "upgrade"]

  auto_minor_version_upgrade = true
  apply_immediately          = false

  tags = merge(var.tags, { Name = "${local.identifier}-replica-${count.index + 1}", CowinCluster = var.cluster_name })
}

# The URL the server connects with. verify-full checks the server certificate against the RDS CA bundle the
# container image carries, so a redirected connection cannot read the traffic.
resource "aws_secretsmanager_secret" "url" {
  #checkov:skip=CKV2_AWS_57:The URL embeds the master password; rotating it needs the password changed on the instance and the tasks redeployed in one step, which Terraform does (replace terraform_data.password), not a rotation Lambda.
  name                    = "${var.name_prefix}/database/${var.cluster_name}/url"
  description             = "PostgreSQL URL of cluster ${var.cluster_name} (contains the password)."
  kms_key_id              = module.key.arn
  recovery_window_in_days = 7
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "url" {
  secret_id = aws_secretsmanager_secret.url.id
  secret_string = format(
    "postgres://%s:%s@%s:%d/%s?sslmode=%s&sslrootcert=%s",
    var.master_username,
    urlencode(terraform_data.password.output),
    aws_db_instance.primary.address,
    local.port,
    var.database_name,
    var.ssl_mode,
    urlencode(var.ca_bundle_path),
  )
}
