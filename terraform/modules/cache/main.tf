# Redis for what the servers share besides PostgreSQL: the rate-limit counters (per tenant and IP, per mobile,
# per account), which must be the same on every task or a client could multiply its allowance by the number
# of tasks. One shard (cluster mode off) with replicas in other zones and automatic failover: rate-limit keys
# are small and short-lived, and a single-shard endpoint works with any Redis client.

locals {
  id   = "${var.name}-redis"
  port = 6379
}

module "key" {
  source = "../kms_key"

  name        = local.id
  description = "CoWIN ${var.name}: Redis data at rest, snapshots and the Redis URL secret"
  tags        = var.tags
}

resource "aws_elasticache_subnet_group" "this" {
  name       = local.id
  subnet_ids = var.subnet_ids
  tags       = var.tags
}

resource "aws_security_group" "this" {
  name        = local.id
  description = "Redis of ${var.name}: the application tasks only"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = local.id })
}

# count, not for_each: the application's security group id is unknown until the first apply, and for_each
# keys must be known when planning.
resource "aws_vpc_security_group_ingress_rule" "this" {
  count = length(var.allowed_security_group_ids)

  security_group_id            = aws_security_group.this.id
  description                  = "Redis from the application"
  referenced_security_group_id = var.allowed_security_group_ids[count.index]
  ip_protocol                  = "tcp"
  from_port                    = local.port
  to_port                      = local.port
}

resource "aws_cloudwatch_log_group" "this" {
  for_each = toset(["slow-log", "engine-log"])

  name              = "/${var.name}/redis/${each.value}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.logs_kms_key_arn
  tags              = var.tags
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id = local.id
  description          = "CoWIN ${var.name}: shared rate limits"
  engine               = "redis"
  engine_version       = var.engine_version
  node_type            = var.node_type
  port                 = local.port
  parameter_group_name = var.parameter_group_name

  num_cache_clusters         = 1 + var.replica_count
  automatic_failover_enabled = true
  multi_az_enabled           = true

  subnet_group_name  = aws_elasticache_subnet_group.this.name
  security_group_ids = [aws_security_group.this.id]

  at_rest_encryption_enabled = true
  kms_key_id                 = module.key.arn
  transit_encryption_enabled = true
  auth_token                 = var.auth_token
  # Rotating the token keeps the old one valid until tasks with the new URL have replaced the old ones.
  auth_token_update_strategy = "ROTATE"

  # The counters live for minutes; a snapshot is kept only so a replacement group can be seeded in an
  # emergency. One day is enough.
  snapshot_retention_limit = var.snapshot_retention_days
  snapshot_window          = var.snapshot_window
  maintenance_window       = var.maintenance_window

  auto_minor_version_upgrade = true
  apply_immediately          = false

  log_delivery_configuration {
    destination      = aws_cloudwatch_log_group.this["slow-log"].name
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "slow-log"
  }

  log_delivery_configuration {
    destination      = aws_cloudwatch_log_group.this["engine-log"].name
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "engine-log"
  }

  tags = var.tags
}

# The URL the server reads (rediss: TLS; the token is letters and digits, so it needs no escaping).
resource "aws_secretsmanager_secret" "url" {
  #checkov:skip=CKV2_AWS_57:The URL embeds the AUTH token, which is rotated on the replication group by Terraform together with this secret (see the secrets module), not by a rotation Lambda.
  name                    = "${var.name}/redis/url"
  description             = "Redis URL of the shared rate limits (contains the AUTH token)."
  kms_key_id              = module.key.arn
  recovery_window_in_days = 7
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "url" {
  secret_id     = aws_secretsmanager_secret.url.id
  secret_string = "rediss://:${var.auth_token}@${aws_elasticache_replication_group.this.primary_endpoint_address}:${local.port}"
}
