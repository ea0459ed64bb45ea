output "replication_group_id" {
  description = "Id of the replication group."
  value       = aws_elasticache_replication_group.this.id
}

output "member_cluster_ids" {
  description = "Ids of the nodes (ElastiCache names them <group>-001, -002, ...), for alarms."
  value       = [for i in range(1 + var.replica_count) : format("%s-%03d", local.id, i + 1)]
}

output "primary_endpoint" {
  description = "Host name of the primary (follows failover)."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "security_group_id" {
  description = "Security group of the replication group."
  value       = aws_security_group.this.id
}

output "kms_key_arn" {
  description = "KMS key of the Redis data and URL secret."
  value       = module.key.arn
}

output "url_secret_arn" {
  description = "Secret holding the Redis URL."
  value       = aws_secretsmanager_secret.url.arn
}
