# The application's own secrets and the KMS key that encrypts them. Secrets that belong to one resource are
# created by that resource's module (a database cluster's URL, the SMTP credentials, the Redis URL), encrypted
# with the key made here (or, for a database cluster, with that cluster's key).
#
# Generated values are drawn from Secrets Manager's generator once and pinned in a terraform_data resource
# (ignore_changes), so later plans never change them; this keeps the configuration to the AWS provider alone.
# They are still in the Terraform state: keep the state in an encrypted, access-controlled backend.

module "key" {
  source = "../kms_key"

  name        = "${var.name}-secrets"
  description = "CoWIN ${var.name}: Secrets Manager secrets of the application"
  tags        = var.tags
}

# security.master_key: every tenant's hashing, encryption and token keys derive from it. Losing it makes every
# sealed mobile number and identity number unreadable, so: a 30-day recovery window, and by default its value
# is NOT generated here (it would sit in the Terraform state); an operator puts it in once (docs/deployment.md).
resource "aws_secretsmanager_secret" "master_key" {
  #checkov:skip=CKV2_AWS_57:The master key cannot be rotated by Secrets Manager: every sealed value and token key derives from it, so a new value would make existing personal data unreadable.
  name                    = "${var.name}/security/master-key"
  description             = "COWIN_SECURITY__MASTER_KEY: 64 hex characters; tenants' data keys derive from it. Back it up offline."
  kms_key_id              = module.key.arn
  recovery_window_in_days = 30
  tags                    = var.tags
}

data "aws_secretsmanager_random_password" "master_key_seed" {
  count = var.generate_master_key ? 1 : 0

  password_length     = 64
  exclude_punctuation = true
}

resource "terraform_data" "master_key" {
  count = var.generate_master_key ? 1 : 0

  # 64 random letters and digits (about 380 bits) hashed to the 64 hex characters the server expects.
  input = sha256(data.aws_secretsmanager_random_password.master_key_seed[0].random_password)

  lifecycle {
    ignore_changes = [input]
  }
}

resource "aws_secretsmanager_secret_version" "master_key" {
  count = var.generate_master_key ? 1 : 0

  secret_id     = aws_secretsmanager_secret.master_key.id
  secret_string = terraform_data.master_key[0].output
}

# The password `cowin nha add-user` sets for an NHA administrator, fed to its standard input by the admin
# one-off task (COWIN_STDIN). Created without a value, so it is never in the Terraform state: an operator puts
# one in just before running that task (terraform/README.md), and may delete the value afterwards.
resource "aws_secretsmanager_secret" "nha_admin_password" {
  #checkov:skip=CKV2_AWS_57:Not a credential the platform uses: a one-time input to `cowin nha add-user`, set by an operator right before the admin task runs.
  name                    = "${var.name}/nha/admin-password"
  description             = "Standard input of the admin one-off task: the password of the NHA administrator being added."
  kms_key_id              = module.key.arn
  recovery_window_in_days = 7
  tags                    = var.tags
}

# The Redis AUTH token (16-128 characters; letters and digits so it needs no escaping in a URL).
data "aws_secretsmanager_random_password" "redis_token" {
  password_length     = 64
  exclude_punctuation = true
}

resource "terraform_data" "redis_token" {
  input = data.aws_secretsmanager_random_password.redis_token.random_password

  lifecycle {
    ignore_changes = [input]
  }
}

resource "aws_secretsmanager_secret" "redis_token" {
  #checkov:skip=CKV2_AWS_57:Rotating the token means changing it on the replication group (auth_token_update_strategy ROTATE) and redeploying the tasks together; done by Terraform (replace terraform_data.redis_token), not by a rotation Lambda.
  name                    = "${var.name}/redis/auth-token"
  description             = "AUTH token of the Redis replication group (shared rate limits)."
  kms_key_id              = module.key.arn
  recovery_window_in_days = 7
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "redis_token" {
  secret_id     = aws_secretsmanager_secret.redis_token.id
  secret_string = terraform_data.redis_token.output
}
