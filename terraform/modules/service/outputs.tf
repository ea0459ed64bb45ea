output "ecr_repository_url" {
  description = "Where to push the image."
  value       = aws_ecr_repository.this.repository_url
}

output "cluster_name" {
  description = "ECS cluster."
  value       = aws_ecs_cluster.this.name
}

output "service_name" {
  description = "ECS service running cowin serve."
  value       = aws_ecs_service.this.name
}

output "serve_task_definition_arn" {
  description = "Task definition of the serving tasks."
  value       = aws_ecs_task_definition.serve.arn
}

output "migrate_task_definition_arn" {
  description = "Task definition of the one-off task (cowin migrate; override the command for others)."
  value       = aws_ecs_task_definition.migrate.arn
}

output "admin_task_definition_arn" {
  description = "Task definition of the one-off task with COWIN_STDIN (cowin nha add-user)."
  value       = aws_ecs_task_definition.admin.arn
}

output "task_security_group_id" {
  description = "Security group of the tasks (databases and Redis admit it)."
  value       = aws_security_group.tasks.id
}

output "run_task_network_configuration" {
  description = "The --network-configuration argument of aws ecs run-task for one-off tasks."
  value       = "awsvpcConfiguration={subnets=[${join(",", var.private_subnet_ids)}],securityGroups=[${aws_security_group.tasks.id}],assignPublicIp=DISABLED}"
}

output "alb_arn" {
  description = "ARN of the load balancer."
  value       = aws_lb.this.arn
}

output "alb_arn_suffix" {
  description = "ARN suffix of the load balancer (CloudWatch dimension)."
  value       = aws_lb.this.arn_suffix
}

output "alb_dns_name" {
  description = "DNS name of the load balancer: the CNAME (or alias) target of every served host name."
  value       = aws_lb.this.dns_name
}

output "alb_zone_id" {
  description = "Route 53 zone of the load balancer, for alias records."
  value       = aws_lb.this.zone_id
}

output "https_listener_arn" {
  description = "HTTPS listener (tenant host names attach their certificates and rules here)."
  value       = aws_lb_listener.https.arn
}

output "target_group_arn" {
  description = "Target group of the serving tasks."
  value       = aws_lb_target_group.app.arn
}

output "target_group_arn_suffix" {
  description = "ARN suffix of the target group (CloudWatch dimension)."
  value       = aws_lb_target_group.app.arn_suffix
}

output "platform_certificate_validation" {
  description = "DNS records that validate the platform's certificate (created already when its zone was given)."
  value = [for option in aws_acm_certificate.platform.domain_validation_options : {
    name  = option.resource_record_name
    type  = option.resource_record_type
    value = option.resource_record_value
  }]
}

output "web_acl_arn" {
  description = "WAF web ACL in front of the load balancer."
  value       = aws_wafv2_web_acl.this.arn
}
