output "certificate_arn" {
  description = "The country's certificate."
  value       = aws_acm_certificate.this.arn
}

output "validation_records" {
  description = "CNAME records that validate the certificate: for the ministry to publish when its zone is not in Route 53 here."
  value = [for option in aws_acm_certificate.this.domain_validation_options : {
    name  = option.resource_record_name
    type  = option.resource_record_type
    value = option.resource_record_value
  }]
}

output "dns_target" {
  description = "What each host name must point to (CNAME, or alias in Route 53)."
  value       = var.alb_dns_name
}

output "served" {
  description = "Whether the host names are routed to the application."
  value       = var.serve
}

output "listener_rule_priorities" {
  description = "Priorities of the country's host-header rules (one per five host names)."
  value       = aws_lb_listener_rule.this[*].priority
}
