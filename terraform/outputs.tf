output "ecr_repository_url" {
  description = "Push the image here (docker push <url>:<tag>), then set image_tag."
  value       = module.service.ecr_repository_url
}

output "load_balancer_dns_name" {
  description = "Where every served host name points (CNAME, or alias in Route 53)."
  value       = module.service.alb_dns_name
}

output "network" {
  description = "The VPC, for peering with a VPC that holds a cluster in another region."
  value = {
    vpc_id                  = module.network.vpc_id
    vpc_cidr                = module.network.vpc_cidr
    private_subnet_cidrs    = module.network.private_subnet_cidrs
    private_route_table_ids = module.network.private_route_table_ids
  }
}

output "ecs_cluster" {
  description = "ECS cluster of the service and the one-off tasks."
  value       = module.service.cluster_name
}

output "ecs_service" {
  description = "ECS service running cowin serve."
  value       = module.service.service_name
}

output "migrate_task_definition" {
  description = "Task definition of the one-off task (runs cowin migrate; override the command for other cowin commands)."
  value       = module.service.migrate_task_definition_arn
}

output "migrate_command" {
  description = "Runs cowin migrate before a rollout; wait for exit code 0 (see README.md)."
  value = join(" ", [
    "aws ecs run-task",
    "--region ${local.region}",
    "--cluster ${module.service.cluster_name}",
    "--task-definition ${module.service.migrate_task_definition_arn}",
    "--launch-type FARGATE",
    "--network-configuration '${module.service.run_task_network_configuration}'",
  ])
}

output "admin_task_definition" {
  description = "Task definition for cowin nha add-user: its standard input is the nha_admin_password secret."
  value       = module.service.admin_task_definition_arn
}

output "nha_admin_password_secret_arn" {
  description = "Put the new NHA administrator's password here just before running the admin task."
  value       = module.secrets.nha_admin_password_secret_arn
}

output "run_task_network_configuration" {
  description = "--network-configuration for other one-off tasks (aws ecs run-task with a command override)."
  value       = module.service.run_task_network_configuration
}

output "app_log_group" {
  description = "CloudWatch log group of the containers (streams serve/... and migrate/...)."
  value       = module.observability.app_log_group_name
}

output "master_key_secret_arn" {
  description = "Secret to put security.master_key into before the first start (unless generate_master_key)."
  value       = module.secrets.master_key_secret_arn
}

output "database_clusters" {
  description = "The PostgreSQL clusters: endpoint and URL secret, by name; platform marks the one holding the platform schema."
  value = merge(
    {
      for cluster, database in module.database : cluster => {
        address        = database.address
        url_secret_arn = database.url_secret_arn
        platform       = cluster == local.platform_cluster
        managed_here   = true
      }
    },
    {
      for cluster, external in var.external_database_clusters : cluster => {
        address        = null
        url_secret_arn = external.url_secret_arn
        platform       = false
        managed_here   = false
      }
    },
  )
}

output "objects_bucket" {
  description = "Bucket of certificate PDFs, branding and archives."
  value       = module.storage.bucket_name
}

output "log_bucket" {
  description = "Bucket of S3 and load balancer access logs."
  value       = module.storage.log_bucket_name
}

output "alarm_topic_arn" {
  description = "SNS topic of every alarm."
  value       = module.observability.alarm_topic_arn
}

output "platform_certificate_validation" {
  description = "Records that validate the platform host name's certificate (publish them if its zone is not in Route 53 here)."
  value       = module.service.platform_certificate_validation
}

output "mail_dns_records" {
  description = "DKIM, MAIL FROM and SPF records of every sending domain (created already where the zone was given)."
  value       = module.mail.dns_records
}

output "tenants" {
  description = "Per country: host names, intended database cluster, whether served, and the certificate validation records for its DNS."
  value = {
    for code, tenant in var.tenants : code => {
      hostnames          = tenant.hostnames
      database_cluster   = coalesce(tenant.database_cluster, local.platform_cluster)
      served             = module.tenant_hostname[code].served
      dns_target         = module.tenant_hostname[code].dns_target
      validation_records = module.tenant_hostname[code].validation_records
    }
  }
}
