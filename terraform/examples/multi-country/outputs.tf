output "ecr_repository_url" {
  description = "Push the image here."
  value       = module.cowin.ecr_repository_url
}

output "load_balancer_dns_name" {
  description = "CNAME target of the countries' host names."
  value       = module.cowin.load_balancer_dns_name
}

output "ecs_cluster" {
  description = "ECS cluster."
  value       = module.cowin.ecs_cluster
}

output "ecs_service" {
  description = "ECS service running cowin serve."
  value       = module.cowin.ecs_service
}

output "migrate_command" {
  description = "Runs cowin migrate; before every rollout."
  value       = module.cowin.migrate_command
}

output "migrate_task_definition" {
  description = "One-off task definition (cowin migrate, or another command by override)."
  value       = module.cowin.migrate_task_definition
}

output "admin_task_definition" {
  description = "One-off task definition for cowin nha add-user."
  value       = module.cowin.admin_task_definition
}

output "run_task_network_configuration" {
  description = "--network-configuration of aws ecs run-task."
  value       = module.cowin.run_task_network_configuration
}

output "app_log_group" {
  description = "Log group of the containers."
  value       = module.cowin.app_log_group
}

output "master_key_secret_arn" {
  description = "Put security.master_key here before the first start."
  value       = module.cowin.master_key_secret_arn
}

output "nha_admin_password_secret_arn" {
  description = "Standard input of the admin task."
  value       = module.cowin.nha_admin_password_secret_arn
}

output "platform_certificate_validation" {
  description = "Records validating the platform host name's certificate."
  value       = module.cowin.platform_certificate_validation
}

output "database_clusters" {
  description = "The database clusters."
  value       = module.cowin.database_clusters
}

output "tenants" {
  description = "Host names, cluster and DNS records per country."
  value       = module.cowin.tenants
}

output "mail_dns_records" {
  description = "DNS records of the sending domains."
  value       = module.cowin.mail_dns_records
}

output "alarm_topic_arn" {
  description = "SNS topic of the alarms."
  value       = module.cowin.alarm_topic_arn
}

output "jakarta_alarm_topic_arn" {
  description = "SNS topic of the Jakarta cluster's alarms."
  value       = module.jakarta_observability.alarm_topic_arn
}
