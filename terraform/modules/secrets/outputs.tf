output "kms_key_arn" {
  description = "KMS key of the application's secrets."
  value       = module.key.arn
}

output "master_key_secret_arn" {
  description = "Secret holding security.master_key."
  value       = aws_secretsmanager_secret.master_key.arn
}

output "nha_admin_password_secret_arn" {
  description = "Secret fed to the admin task's standard input (cowin nha add-user)."
  value       = aws_secretsmanager_secret.nha_admin_password.arn
}

output "redis_auth_token" {
  description = "The Redis AUTH token, for the replication group."
  value       = aws_secretsmanager_secret_version.redis_token.secret_string
  sensitive   = true
}

output "redis_auth_token_secret_arn" {
  description = "Secret holding the Redis AUTH token."
  value       = aws_secretsmanager_secret.redis_token.arn
}
