output "alarm_topic_arn" {
  description = "SNS topic every alarm notifies."
  value       = aws_sns_topic.alarms.arn
}

output "app_log_group_name" {
  description = "Log group of the application containers."
  value       = var.create_app_log_groups ? aws_cloudwatch_log_group.app[0].name : null
}

output "app_log_group_arn" {
  description = "ARN of the application log group."
  value       = var.create_app_log_groups ? aws_cloudwatch_log_group.app[0].arn : null
}

output "waf_log_group_arn" {
  description = "ARN of the WAF log group."
  value       = var.create_app_log_groups ? aws_cloudwatch_log_group.waf[0].arn : null
}
