# One country's host names on the shared load balancer: an ACM certificate naming all of them, its DNS
# validation (in Route 53 when the country's zone is given here; otherwise the ministry publishes the records
# from the validation_records output), the certificate on the HTTPS listener, and host-header rules that
# forward those names to the application. The server then maps the Host header to the country and checks
# that its licence names the host.
#
# When the ministry keeps its own DNS, apply with serve = false first: the certificate is requested and its
# validation records are output, nothing waits. Once the records are published, set serve = true.

locals {
  zoned = var.route53_zone_id != null
  # A listener rule takes at most five condition values.
  hostname_chunks = chunklist(var.hostnames, 5)
}

resource "aws_acm_certificate" "this" {
  domain_name               = var.hostnames[0]
  subject_alternative_names = slice(var.hostnames, 1, length(var.hostnames))
  validation_method         = "DNS"

  options {
    certificate_transparency_logging_preference = "ENABLED"
  }

  tags = merge(var.tags, { Name = "${var.name}-${lower(var.code)}", CowinTenant = var.code })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "validation" {
  for_each = local.zoned ? {
    for option in aws_acm_certificate.this.domain_validation_options : option.domain_name => option
  } : {}

  zone_id         = var.route53_zone_id
  name            = each.value.resource_record_name
  type            = each.value.resource_record_type
  ttl             = 300
  records         = [each.value.resource_record_value]
  allow_overwrite = true
}

resource "aws_acm_certificate_validation" "this" {
  count = var.serve ? 1 : 0

  certificate_arn         = aws_acm_certificate.this.arn
  validation_record_fqdns = local.zoned ? [for record in aws_route53_record.validation : record.fqdn] : null

  timeouts {
    create = "2h"
  }
}

resource "aws_lb_listener_certificate" "this" {
  count = var.serve ? 1 : 0

  listener_arn    = var.listener_arn
  certificate_arn = aws_acm_certificate_validation.this[0].certificate_arn
}

resource "aws_lb_listener_rule" "this" {
  count = var.serve ? length(local.hostname_chunks) : 0

  listener_arn = var.listener_arn
  priority     = var.priority + count.index

  action {
    type             = "forward"
    target_group_arn = var.target_group_arn
  }

  condition {
    host_header {
      values = local.hostname_chunks[count.index]
    }
  }

  tags = merge(var.tags, { CowinTenant = var.code })

  # The certificate must be on the listener before browsers are sent here.
  depends_on = [aws_lb_listener_certificate.this]
}

resource "aws_route53_record" "alias" {
  for_each = local.zoned && var.serve && var.create_alias_records ? toset(var.hostnames) : toset([])

  zone_id = var.route53_zone_id
  name    = each.value
  type    = "A"

  alias {
    name                   = var.alb_dns_name
    zone_id                = var.alb_zone_id
    evaluate_target_health = true
  }
}
