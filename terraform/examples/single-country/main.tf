# One country on its own deployment: Sri Lanka's Ministry of Health, served from Mumbai, with the country's
# host name in the ministry's own DNS (so its certificate is validated by records the ministry publishes).

module "cowin" {
  source = "../.."

  environment       = "lk"
  deployment_id     = "nha-cloud-lk-1"
  image_tag         = var.image_tag
  migrate_image_tag = var.migrate_image_tag
  run_service       = var.run_service

  # Smaller than the defaults: one country of ~22 million people.
  availability_zones = ["${var.region}a", "${var.region}b", "${var.region}c"]
  min_tasks          = 2
  max_tasks          = 12
  database_clusters = {
    main = {
      platform             = true
      instance_class       = "db.r6g.large"
      allocated_storage_gb = 100
    }
  }
  redis_node_type     = "cache.r7g.large"
  redis_replica_count = 1

  platform_hostname        = "cowin-lk.nha.gov.in"
  platform_route53_zone_id = var.nha_route53_zone_id
  mail_domain              = "mail.cowin-lk.nha.gov.in"
  mail_route53_zone_id     = var.nha_route53_zone_id

  tenants = {
    LK = {
      hostnames = ["vaccination.health.gov.lk"]
      # health.gov.lk is the ministry's zone: first apply with serve = false, hand the validation_records
      # output to the ministry, then set serve = true once they are published.
      serve = var.serve_lk
    }
  }

  sms_gateway = {
    url                       = "https://sms-gateway.health.gov.lk/v1/messages"
    authorization_secret_arn  = var.sms_authorization_secret_arn
    authorization_kms_key_arn = var.sms_authorization_kms_key_arn
  }

  alarm_emails = var.alarm_emails
}
