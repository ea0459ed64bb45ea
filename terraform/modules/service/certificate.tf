# The platform's own host name (NHA administration, the trust list, health checks): the listener's default
# certificate. Countries' host names are added by the tenant_hostname module.

resource "aws_acm_certificate" "platform" {
  domain_name       = var.platform_hostname
  validation_method = "DNS"

  options {
    certificate_transparency_logging_preference = "ENABLED"
  }

  tags = merge(var.tags, { Name = var.platform_hostname })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "platform_validation" {
  for_each = var.platform_route53_zone_id == null ? {} : {
    for option in aws_acm_certificate.platform.domain_validation_options : option.domain_name => option
  }

  zone_id         = var.platform_route53_zone_id
  name            = each.value.resource_record_name
  type            = each.value.resource_record_type
  ttl             = 300
  records         = [each.value.resource_record_value]
  allow_overwrite = true
}

# Without a Route 53 zone, apply waits here (up to the timeout) until the records from the
# platform_certificate_validation output are published.
resource "aws_acm_certificate_validation" "platform" {
  certificate_arn         = aws_acm_certificate.platform.arn
  validation_record_fqdns = var.platform_route53_zone_id == null ? null : [for record in aws_route53_record.platform_validation : record.fqdn]

  timeouts {
    create = "2h"
  }
}

resource "aws_route53_record" "platform" {
  count = var.platform_route53_zone_id == null ? 0 : 1

  zone_id = var.platform_route53_zone_id
  name    = var.platform_hostname
  type    = "A"

  alias {
    name                   = aws_lb.this.dns_name
    zone_id                = aws_lb.this.zone_id
    evaluate_target_health = true
  }
}
