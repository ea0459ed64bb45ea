# Offline tests of the root module's wiring (terraform test, Terraform 1.7+): the AWS provider is mocked,
# so nothing is created and no credentials are needed. They check what validate cannot: the server's
# configuration keys, the secrets each task gets, listener-rule priorities, placement checks.
#
#   cd terraform && terraform init -backend=false && terraform test

mock_provider "aws" {
  mock_data "aws_region" {
    defaults = { name = "ap-south-1" }
  }

  mock_data "aws_caller_identity" {
    defaults = { account_id = "123456789012" }
  }

  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }

  mock_data "aws_availability_zones" {
    defaults = { names = ["ap-south-1a", "ap-south-1b", "ap-south-1c"] }
  }

  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" }
  }

  # The real provider works these out while planning (from the names), so the validation records' for_each
  # is known at plan time; a mock must say so explicitly.
  mock_resource "aws_acm_certificate" {
    override_during = plan
    defaults = {
      arn                 = "arn:aws:acm:ap-south-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
      id                  = "arn:aws:acm:ap-south-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
      status              = "ISSUED"
      type                = "AMAZON_ISSUED"
      key_algorithm       = "RSA_2048"
      not_before          = "2026-01-01T00:00:00Z"
      not_after           = "2027-01-01T00:00:00Z"
      pending_renewal     = false
      renewal_eligibility = "ELIGIBLE"
      renewal_summary     = []
      validation_emails   = []
      domain_validation_options = [{
        domain_name           = "cowin.example.in"
        resource_record_name  = "_x.cowin.example.in."
        resource_record_type  = "CNAME"
        resource_record_value = "_y.acm-validations.aws."
      }]
    }
  }

  mock_resource "aws_sesv2_email_identity" {
    defaults = {
      arn                     = "arn:aws:ses:ap-south-1:123456789012:identity/example"
      dkim_signing_attributes = { tokens = ["token1", "token2", "token3"] }
    }
  }

  mock_data "aws_secretsmanager_random_password" {
    defaults = { random_password = "MockedRandomPasswordOfFortyCharacters123" }
  }

  # The provider validates ARN arguments even under a mock: give the referenced resources ARN-shaped values.
  mock_resource "aws_kms_key" {
    defaults = { arn = "arn:aws:kms:ap-south-1:123456789012:key/00000000-0000-0000-0000-000000000000" }
  }

  mock_resource "aws_iam_role" {
    defaults = { arn = "arn:aws:iam::123456789012:role/mock" }
  }

  mock_resource "aws_cloudwatch_log_group" {
    defaults = { arn = "arn:aws:logs:ap-south-1:123456789012:log-group:mock" }
  }

  mock_resource "aws_sns_topic" {
    defaults = { arn = "arn:aws:sns:ap-south-1:123456789012:mock" }
  }

  mock_resource "aws_lb" {
    defaults = {
      arn        = "arn:aws:elasticloadbalancing:ap-south-1:123456789012:loadbalancer/app/mock/0123456789abcdef"
      arn_suffix = "app/mock/0123456789abcdef"
      dns_name   = "mock-123.ap-south-1.elb.amazonaws.com"
      zone_id    = "ZP97RAFLXTNZK"
    }
  }

  mock_resource "aws_lb_target_group" {
    defaults = {
      arn        = "arn:aws:elasticloadbalancing:ap-south-1:123456789012:targetgroup/mock/0123456789abcdef"
      arn_suffix = "targetgroup/mock/0123456789abcdef"
    }
  }

  mock_resource "aws_lb_listener" {
    defaults = { arn = "arn:aws:elasticloadbalancing:ap-south-1:123456789012:listener/app/mock/0123456789abcdef/0123456789abcdef" }
  }

  mock_resource "aws_wafv2_web_acl" {
    defaults = { arn = "arn:aws:wafv2:ap-south-1:123456789012:regional/webacl/mock/00000000-0000-0000-0000-000000000000" }
  }

  mock_resource "aws_secretsmanager_secret" {
    defaults = { arn = "arn:aws:secretsmanager:ap-south-1:123456789012:secret:mock-AbCdEf" }
  }

  mock_resource "aws_ecr_repository" {
    defaults = {
      arn            = "arn:aws:ecr:ap-south-1:123456789012:repository/mock"
      repository_url = "123456789012.dkr.ecr.ap-south-1.amazonaws.com/mock"
    }
  }

  mock_resource "aws_s3_bucket" {
    defaults = { arn = "arn:aws:s3:::mock" }
  }
}

variables {
  environment        = "test"
  deployment_id      = "nha-test-1"
  image_tag          = "0123abc"
  availability_zones = ["ap-south-1a", "ap-south-1b", "ap-south-1c"]
  platform_hostname  = "global.cowin.example.in"
  mail_domain        = "mail.cowin.example.in"
  sms_gateway        = { url = "https://sms.example.in/send" }
  database_clusters = {
    main  = { platform = true }
    india = { read_replica_count = 1 }
  }
  tenants = {
    IN = { hostnames = ["cowin.example.in", "a.cowin.example.in", "b.cowin.example.in", "c.cowin.example.in", "d.cowin.example.in", "e.cowin.example.in"], route53_zone_id = "Z1", database_cluster = "india" }
    LK = { hostnames = ["vaccination.health.example.lk"], serve = false, mail_domain = "health.example.lk" }
  }
}

run "wiring" {
  command = apply

  assert {
    condition     = module.service.cluster_name == "cowin-test"
    error_message = "Resources are named <name>-<environment>."
  }

  assert {
    condition     = output.database_clusters["main"].platform && !output.database_clusters["india"].platform
    error_message = "The platform cluster is the one marked platform = true."
  }

  assert {
    condition     = output.tenants["IN"].database_cluster == "india" && output.tenants["LK"].database_cluster == "main"
    error_message = "A tenant without database_cluster is placed on the platform cluster."
  }

  assert {
    condition     = local.tenant_priority["IN"] == 100 + 10 * (26 * 8 + 13) && local.tenant_priority["LK"] == 100 + 10 * (26 * 11 + 10)
    error_message = "Listener priorities come from the country code."
  }

  # Six host names: two host-header rules (five values each at most), consecutive priorities.
  assert {
    condition     = module.tenant_hostname["IN"].listener_rule_priorities == [2310, 2311]
    error_message = "A country's host names are split into rules of five, numbered from its code's priority."
  }

  assert {
    condition     = !output.tenants["LK"].served
    error_message = "serve = false leaves the host names unrouted."
  }

  assert {
    condition = alltrue([for key in [
      "COWIN_SERVER__HOST", "COWIN_SERVER__PORT", "COWIN_LOG__FORMAT", "COWIN_LICENCE__DEPLOYMENT_ID",
      "COWIN_OBJECTS__BACKEND", "COWIN_OBJECTS__S3_BUCKET", "COWIN_OBJECTS__S3_REGION", "COWIN_OBJECTS__S3_ENDPOINT",
      "COWIN_OBJECTS__S3_ACCESS_KEY", "COWIN_SMTP__FROM", "COWIN_RATE_LIMITS__TRUSTED_PROXY_HOPS",
      "COWIN_OTP__SMS_PROVIDER", "COWIN_OTP__SMS_URL", "COWIN_DATABASE__MAX_CONNECTIONS",
    ] : contains(keys(local.environment), key)])
    error_message = "A setting of the server is missing from the environment."
  }

  assert {
    condition     = local.environment["COWIN_RATE_LIMITS__TRUSTED_PROXY_HOPS"] == "1" && local.environment["COWIN_LOG__FORMAT"] == "json" && local.environment["COWIN_OBJECTS__BACKEND"] == "s3"
    error_message = "Behind the load balancer: one trusted hop, JSON logs, S3 objects."
  }

  assert {
    condition = sort(keys(local.secrets)) == sort([
      "COWIN_DATABASE__URL", "COWIN_SECURITY__MASTER_KEY", "COWIN_SMTP__URL", "COWIN_REDIS__URL",
      "COWIN_OBJECTS__S3_SECRET_KEY", "COWIN_DATABASE__CLUSTERS__MAIN__URL", "COWIN_DATABASE__CLUSTERS__INDIA__URL",
    ])
    error_message = "The task's secrets are the database URLs, master key, SMTP URL, Redis URL and S3 secret key."
  }

  assert {
    condition     = local.secrets["COWIN_DATABASE__URL"] == local.secrets["COWIN_DATABASE__CLUSTERS__MAIN__URL"]
    error_message = "COWIN_DATABASE__URL is the platform cluster's URL."
  }

  assert {
    condition     = length(setintersection(keys(local.environment), keys(local.secrets))) == 0
    error_message = "No variable is both plain and secret."
  }

  assert {
    condition     = contains(keys(local.mail_domains), "health.example.lk") && contains(keys(local.mail_domains), "mail.cowin.example.in")
    error_message = "E-mail OTP countries' sender domains are verified in SES besides the platform's."
  }
}

run "inconsistent_values_are_refused" {
  command = plan

  variables {
    tenants = {
      LK = { hostnames = ["vaccination.health.example.lk"], database_cluster = "nowhere" }
    }
    # ...and a secret may not be overridden by a plain value.
    extra_environment = { COWIN_SECURITY__MASTER_KEY = "00" }
  }

  expect_failures = [terraform_data.consistency]
}

# Variable validations, in one plan: each of these values is refused.
run "refused_values" {
  command = plan

  variables {
    database_clusters = { a = { platform = true }, b = { platform = true } }
    tenants = {
      LK = { hostnames = ["shared.example.org"] }
      NP = { hostnames = ["shared.example.org"] }
    }
    image_tag = "latest"
  }

  expect_failures = [var.database_clusters, var.tenants, var.image_tag]
}

# The server calls the platform's cluster main (COWIN_DATABASE__URL); a platform cluster of another name is refused.
run "platform_cluster_is_named_main" {
  command = plan

  variables {
    database_clusters = { primary = { platform = true }, main = {} }
  }

  expect_failures = [var.database_clusters]
}
