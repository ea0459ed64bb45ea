output "identifier" {
  description = "RDS identifier of the primary."
  value       = aws_db_instance.primary.identifier
}

output "replica_identifiers" {
  description = "RDS identifiers of the read replicas."
  value       = aws_db_instance.replica[*].identifier
}

output "address" {
  description = "Host name of the primary (follows a Multi-AZ failover)."
  value       = aws_db_instance.primary.address
}

output "port" {
  description = "PostgreSQL port."
  value       = local.port
}

output "allocated_storage_gb" {
  description = "Initial storage, GiB (for the free-storage alarm)."
  value       = var.allocated_storage_gb
}

output "security_group_id" {
  description = "Security group of the instance."
  value       = aws_security_group.this.id
}

output "kms_key_arn" {
  description = "KMS key of the cluster's storage and URL secret (the task execution role decrypts the secret with it)."
  value       = module.key.arn
}

output "url_secret_arn" {
  description = "Secret holding the connection URL."
  value       = aws_secretsmanager_secret.url.arn
}
