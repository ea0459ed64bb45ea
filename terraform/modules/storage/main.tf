# Two buckets:
#   objects - certificate PDFs (tenants/<code>/certificates/...), branding, offboarding archives: personal
#             data, so SSE-KMS with its own key, versioned, private, TLS only, server access logs kept;
#   logs    - S3 server access logs and the load balancer's access logs. Both AWS log writers support only
#             SSE-S3 on their target bucket, which is why this one is not KMS-encrypted.

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  account   = data.aws_caller_identity.current.account_id
  region    = data.aws_region.current.name
  partition = data.aws_partition.current.partition
  # Bucket names are global: the account and region make them unique without a random suffix.
  objects_bucket = "${var.name}-objects-${local.account}-${local.region}"
  logs_bucket    = "${var.name}-logs-${local.account}-${local.region}"
}

module "key" {
  source = "../kms_key"

  name        = "${var.name}-objects"
  description = "CoWIN ${var.name}: certificate PDFs, branding and archives in S3"
  tags        = var.tags
}

# ---------------------------------------------------------------------------------------------------------
# Log bucket

resource "aws_s3_bucket" "logs" {
  #checkov:skip=CKV_AWS_145:S3 server access logging and ALB access logging only deliver to buckets encrypted with SSE-S3 (AES256); SSE-KMS would silently drop the logs.
  #checkov:skip=CKV_AWS_144:Logs stay in the deployment's region (data residency); their retention is bounded by the lifecycle rule.
  #checkov:skip=CKV2_AWS_62:Nothing consumes events of new log objects.
  bucket = local.logs_bucket
  tags   = merge(var.tags, { Name = local.logs_bucket })
}

resource "aws_s3_bucket_ownership_controls" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id

  rule {
    id     = "expire-logs"
    status = "Enabled"
    filter {}

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    expiration {
      days = var.log_retention_days
    }

    noncurrent_version_expiration {
      noncurrent_days = 30
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  depends_on = [aws_s3_bucket_versioning.logs]
}

data "aws_elb_service_account" "this" {
  count = var.alb_logs_legacy_account ? 1 : 0
}

data "aws_iam_policy_document" "logs" {
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.logs.arn,
      "${aws_s3_bucket.logs.arn}/*",
    ]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }

  statement {
    sid       = "S3ServerAccessLogs"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.logs.arn}/s3-access/*"]
    principals {
      type        = "Service"
      identifiers = ["logging.s3.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account]
    }
  }

  # Load balancer access logs: the regional ELB account (regions opened before August 2022) and the log
  # delivery service principal (the newer regions).
  statement {
    sid       = "LoadBalancerAccessLogs"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.logs.arn}/alb/AWSLogs/${local.account}/*"]
    principals {
      type        = "Service"
      identifiers = ["logdelivery.elasticloadbalancing.amazonaws.com"]
    }
  }

  dynamic "statement" {
    for_each = data.aws_elb_service_account.this
    content {
      sid       = "LoadBalancerAccessLogsLegacyAccount"
      actions   = ["s3:PutObject"]
      resources = ["${aws_s3_bucket.logs.arn}/alb/AWSLogs/${local.account}/*"]
      principals {
        type        = "AWS"
        identifiers = [statement.value.arn]
      }
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.logs.json

  depends_on = [aws_s3_bucket_public_access_block.logs]
}

# ---------------------------------------------------------------------------------------------------------
# Objects bucket

resource "aws_s3_bucket" "objects" {
  #checkov:skip=CKV_AWS_144:Certificates and branding stay in the deployment's region: replicating them elsewhere would move personal data across borders that MoUs and residency rules draw. Versioning and the region's durability cover loss.
  #checkov:skip=CKV2_AWS_62:The server writes and reads its own objects; nothing reacts to object events.
  bucket = local.objects_bucket
  tags   = merge(var.tags, { Name = local.objects_bucket })
}

resource "aws_s3_bucket_ownership_controls" "objects" {
  bucket = aws_s3_bucket.objects.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "objects" {
  bucket                  = aws_s3_bucket.objects.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "objects" {
  bucket = aws_s3_bucket.objects.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = module.key.arn
    }
    # One data key per bucket rather than per object: KMS requests (and their cost) stay flat at peak.
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_versioning" "objects" {
  bucket = aws_s3_bucket.objects.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "objects" {
  bucket = aws_s3_bucket.objects.id

  # Current objects stay: certificates must stay downloadable for as long as the country's records exist.
  # Old versions (a re-rendered PDF, replaced branding, an object deleted at offboarding) are kept long enough
  # to recover from a mistake, then removed.
  rule {
    id     = "noncurrent-versions"
    status = "Enabled"
    filter {}

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "STANDARD_IA"
    }

    noncurrent_version_expiration {
      noncurrent_days = var.noncurrent_version_days
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  rule {
    id     = "expired-delete-markers"
    status = "Enabled"
    filter {}

    expiration {
      expired_object_delete_marker = true
    }
  }

  depends_on = [aws_s3_bucket_versioning.objects]
}

resource "aws_s3_bucket_logging" "objects" {
  bucket        = aws_s3_bucket.objects.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "s3-access/${local.objects_bucket}/"
}

data "aws_iam_policy_document" "objects" {
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.objects.arn,
      "${aws_s3_bucket.objects.arn}/*",
    ]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }

  statement {
    sid     = "DenyOldTls"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.objects.arn,
      "${aws_s3_bucket.objects.arn}/*",
    ]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "NumericLessThan"
      variable = "s3:TlsVersion"
      values   = ["1.2"]
    }
  }
}

resource "aws_s3_bucket_policy" "objects" {
  bucket = aws_s3_bucket.objects.id
  policy = data.aws_iam_policy_document.objects.json

  depends_on = [aws_s3_bucket_public_access_block.objects]
}

# ---------------------------------------------------------------------------------------------------------
# The server's S3 credentials
#
# The server signs S3 requests with the static key pair of objects.s3_access_key / s3_secret_key (it speaks
# to any S3-compatible store the same way), so it cannot use the task role's temporary credentials yet. The
# key belongs to a user with no console access whose only permission, through its group, is this bucket and
# its key. When the server learns the default credential chain, set create_access_key = false.

resource "aws_iam_group" "objects" {
  count = var.create_access_key ? 1 : 0

  name = "${var.name}-objects"
  path = "/cowin/"
}

data "aws_iam_policy_document" "objects_access" {
  statement {
    sid       = "ListAndLocateTheBucket"
    actions   = ["s3:ListBucket", "s3:GetBucketLocation"]
    resources = [aws_s3_bucket.objects.arn]
  }

  statement {
    sid       = "ReadWriteObjects"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${aws_s3_bucket.objects.arn}/*"]
  }

  statement {
    sid       = "UseTheBucketKey"
    actions   = ["kms:GenerateDataKey", "kms:Decrypt"]
    resources = [module.key.arn]
    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.${local.region}.amazonaws.com"]
    }
  }
}

resource "aws_iam_group_policy" "objects" {
  count = var.create_access_key ? 1 : 0

  name   = "objects-bucket"
  group  = aws_iam_group.objects[0].name
  policy = data.aws_iam_policy_document.objects_access.json
}

resource "aws_iam_user" "objects" {
  #checkov:skip=CKV_AWS_273:The server signs S3 requests with a static access key (objects.s3_access_key); a workload identity cannot be federated through SSO. The user has no console access and only this bucket.
  count = var.create_access_key ? 1 : 0

  name = "${var.name}-objects"
  path = "/cowin/"
  tags = var.tags
}

resource "aws_iam_user_group_membership" "objects" {
  count = var.create_access_key ? 1 : 0

  user   = aws_iam_user.objects[0].name
  groups = [aws_iam_group.objects[0].name]
}

resource "aws_iam_access_key" "objects" {
  count = var.create_access_key ? 1 : 0

  user = aws_iam_user.objects[0].name
}

resource "aws_secretsmanager_secret" "secret_access_key" {
  #checkov:skip=CKV2_AWS_57:A new access key must be created, stored and rolled out to the tasks before the old one is deleted; Terraform does that (replace aws_iam_access_key.objects), not a rotation Lambda.
  count = var.create_access_key ? 1 : 0

  name                    = "${var.name}/objects/s3-secret-key"
  description             = "COWIN_OBJECTS__S3_SECRET_KEY of the server's S3 user."
  kms_key_id              = var.secrets_kms_key_arn
  recovery_window_in_days = 7
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "secret_access_key" {
  count = var.create_access_key ? 1 : 0

  secret_id     = aws_secretsmanager_secret.secret_access_key[0].id
  secret_string = aws_iam_access_key.objects[0].secret
}
