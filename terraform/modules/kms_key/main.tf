# One customer-managed KMS key with yearly rotation and an explicit key policy. Every module that encrypts
# something creates its own key through this module, so a key can be disabled or scheduled for deletion
# for one purpose (one database cluster, the certificate bucket, the logs) without touching the others: for a
# country whose schema sits on its own cluster, its key is the crypto-shredding switch.

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  account_root = "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root"

  # The account root statement delegates use of the key to IAM policies (task roles, operators); without it
  # nobody could manage the key after creation.
  iam_statement = {
    Sid       = "AccountAdministersThroughIam"
    Effect    = "Allow"
    Principal = { AWS = local.account_root }
    Action    = "kms:*"
    Resource  = "*"
  }

  # CloudWatch Logs encrypts log groups itself (not on behalf of a caller), so it needs its own grant,
  # limited to log groups of this account and region by the encryption context.
  logs_statement = {
    Sid       = "CloudWatchLogsEncryptsThisAccountsLogGroups"
    Effect    = "Allow"
    Principal = { Service = "logs.${data.aws_region.current.name}.amazonaws.com" }
    Action    = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
    Resource  = "*"
    Condition = {
      ArnLike = {
        "kms:EncryptionContext:aws:logs:arn" = "arn:${data.aws_partition.current.partition}:logs:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:*"
      }
    }
  }

  # Services that publish into something encrypted with this key on their own account (CloudWatch alarms into
  # an encrypted SNS topic), limited to this account's resources.
  service_statement = {
    Sid       = "ServicesPublishForThisAccount"
    Effect    = "Allow"
    Principal = { Service = var.service_principals }
    Action    = ["kms:Decrypt", "kms:GenerateDataKey*"]
    Resource  = "*"
    Condition = {
      StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id }
    }
  }

  statements = concat(
    [local.iam_statement],
    var.allow_cloudwatch_logs ? [local.logs_statement] : [],
    length(var.service_principals) > 0 ? [local.service_statement] : [],
  )
}

resource "aws_kms_key" "this" {
  description             = var.description
  enable_key_rotation     = true
  deletion_window_in_days = var.deletion_window_in_days
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = local.statements
  })
  tags = merge(var.tags, { Name = var.name })
}

resource "aws_kms_alias" "this" {
  name          = "alias/${var.name}"
  target_key_id = aws_kms_key.this.key_id
}
