# The public entry: an internet-facing application load balancer in the public subnets. HTTPS only (HTTP
# answers with a redirect), TLS 1.2+ with forward-secret ciphers, malformed headers dropped, access logs to
# the log bucket, WAF in front. It appends the client address to X-Forwarded-For, which is why the server runs
# with rate_limits.trusted_proxy_hops = 1.
#
# Requests are forwarded only for host names the platform serves (the platform's and each country's, added by
# tenant_hostname); any other host gets the server's own 404 shape without reaching a task.

resource "aws_security_group" "alb" {
  name        = "${var.name}-alb"
  description = "Load balancer of ${var.name}: HTTPS and the HTTP redirect from anywhere"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-alb" })
}

resource "aws_vpc_security_group_ingress_rule" "alb_https" {
  security_group_id = aws_security_group.alb.id
  description       = "HTTPS from citizens, staff and partner apps"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_ingress_rule" "alb_http" {
  #checkov:skip=CKV_AWS_260:Port 80 only answers with a redirect to HTTPS (aws_lb_listener.http); closing it would turn typed http:// addresses into timeouts.
  security_group_id = aws_security_group.alb.id
  description       = "HTTP, redirected to HTTPS"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
}

resource "aws_vpc_security_group_egress_rule" "alb_to_tasks" {
  security_group_id            = aws_security_group.alb.id
  description                  = "To the application tasks"
  referenced_security_group_id = aws_security_group.tasks.id
  ip_protocol                  = "tcp"
  from_port                    = var.container_port
  to_port                      = var.container_port
}

resource "aws_lb" "this" {
  #checkov:skip=CKV2_AWS_76:The check also demands AWSManagedRulesAnonymousIpList, which blocks VPN, Tor and cloud-hosting addresses: partner apps call the CoWIN API from cloud hosts and citizens behind VPNs and privacy relays must be able to book. The Log4j rules it is named for (AWSManagedRulesKnownBadInputsRuleSet) are attached (waf.tf).
  name                       = var.name
  load_balancer_type         = "application"
  internal                   = false
  security_groups            = [aws_security_group.alb.id]
  subnets                    = var.public_subnet_ids
  drop_invalid_header_fields = true
  enable_deletion_protection = var.deletion_protection
  desync_mitigation_mode     = "defensive"
  enable_http2               = true
  idle_timeout               = 60

  access_logs {
    bucket  = var.access_logs_bucket
    prefix  = "alb"
    enabled = true
  }

  tags = var.tags
}

resource "aws_lb_target_group" "app" {
  #checkov:skip=CKV_AWS_378:TLS ends at the load balancer; the hop to the tasks stays inside the VPC's private subnets, between two security groups that admit only each other, and the server has no certificate of its own to present.
  name                          = "${var.name}-app"
  port                          = var.container_port
  protocol                      = "HTTP"
  protocol_version              = "HTTP1"
  target_type                   = "ip"
  vpc_id                        = var.vpc_id
  deregistration_delay          = 30
  load_balancing_algorithm_type = "least_outstanding_requests"

  # /readyz: the database answers within two seconds and every schema is migrated. /healthz (process up) is
  # the container's own health check; a task whose database is unreachable stays alive but gets no traffic.
  health_check {
    path                = "/readyz"
    protocol            = "HTTP"
    port                = "traffic-port"
    matcher             = "200"
    interval            = 15
    timeout             = 5
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }

  tags = var.tags
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }

  tags = var.tags
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.this.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.ssl_policy
  certificate_arn   = aws_acm_certificate_validation.platform.certificate_arn

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "application/json"
      status_code  = "404"
      message_body = jsonencode({ errorCode = "TENANT_NOT_FOUND", error = "No country is served at this host name." })
    }
  }

  tags = var.tags
}

# NHA's administration API, when limited to NHA's networks: allowed sources first, then a refusal for
# everyone else, both ahead of every host rule (the server answers /platform/ on any host name). The trust list
# and its keys (/platform/trust-list, /platform/.well-known/) stay public.
locals {
  # A rule takes at most five condition values: one path pattern and four address ranges.
  platform_api_cidr_chunks = chunklist(var.platform_api_allowed_cidrs, 4)
}

resource "aws_lb_listener_rule" "platform_api_allowed" {
  count = length(local.platform_api_cidr_chunks)

  listener_arn = aws_lb_listener.https.arn
  priority     = 2 + count.index

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }

  condition {
    path_pattern {
      values = ["/platform/api/*"]
    }
  }

  condition {
    source_ip {
      values = local.platform_api_cidr_chunks[count.index]
    }
  }

  tags = var.tags
}

resource "aws_lb_listener_rule" "platform_api_refused" {
  count = length(var.platform_api_allowed_cidrs) > 0 ? 1 : 0

  listener_arn = aws_lb_listener.https.arn
  priority     = 9

  action {
    type = "fixed-response"
    fixed_response {
      content_type = "application/json"
      status_code  = "403"
      message_body = jsonencode({ errorCode = "FORBIDDEN", error = "The platform API is reachable only from NHA's networks." })
    }
  }

  condition {
    path_pattern {
      values = ["/platform/api/*"]
    }
  }

  tags = var.tags
}

resource "aws_lb_listener_rule" "platform_host" {
  listener_arn = aws_lb_listener.https.arn
  priority     = 10

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }

  condition {
    host_header {
      values = [var.platform_hostname]
    }
  }

  tags = var.tags
}
