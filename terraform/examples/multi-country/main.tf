# NHA's shared deployment in Mumbai for several countries, with three database clusters:
#   main    - the platform schema and the smaller countries (Sri Lanka, Nepal, Bhutan, Maldives);
#   india   - India alone, for capacity (a national drive peaked at 800 doses a second);
#   jakarta - Indonesia, kept in Indonesia's AWS region for data residency (residency.tf), reached over a
#             VPC peering connection.

module "cowin" {
  source = "../.."

  environment       = "production"
  deployment_id     = "nha-cloud-1"
  image_tag         = var.image_tag
  migrate_image_tag = var.migrate_image_tag
  run_service       = var.run_service

  vpc_cidr           = "10.40.0.0/16"
  availability_zones = ["ap-south-1a", "ap-south-1b", "ap-south-1c"]
  min_tasks          = 6
  max_tasks          = 60
  task_cpu           = 4096
  task_memory        = 8192

  database_clusters = {
    main = {
      platform             = true
      instance_class       = "db.r6g.xlarge"
      allocated_storage_gb = 200
    }
    india = {
      instance_class           = "db.r6g.4xlarge"
      allocated_storage_gb     = 1000
      max_allocated_storage_gb = 8000
      backup_retention_days    = 35
      read_replica_count       = 1
    }
  }

  external_database_clusters = {
    jakarta = {
      url_secret_arn = module.jakarta_database.url_secret_arn
      kms_key_arn    = module.jakarta_database.kms_key_arn
      cidr_blocks    = [module.jakarta_network.vpc_cidr]
    }
  }

  platform_hostname          = "global.cowin.gov.in"
  platform_route53_zone_id   = var.cowin_gov_in_zone_id
  platform_api_allowed_cidrs = var.nha_office_cidrs
  mail_domain                = "mail.cowin.gov.in"
  mail_route53_zone_id       = var.cowin_gov_in_zone_id

  tenants = {
    IN = {
      hostnames        = ["cowin.gov.in", "www.cowin.gov.in", "selfregistration.cowin.gov.in", "verify.cowin.gov.in"]
      route53_zone_id  = var.cowin_gov_in_zone_id
      database_cluster = "india"
    }
    LK = {
      hostnames = ["vaccination.health.gov.lk"]
      serve     = var.serve_external_dns
    }
    NP = {
      hostnames = ["cowin.mohp.gov.np", "vaccine.mohp.gov.np"]
      serve     = var.serve_external_dns
    }
    BT = {
      hostnames = ["vaccination.moh.gov.bt"]
      serve     = var.serve_external_dns
    }
    MV = {
      hostnames = ["vaccine.health.gov.mv"]
      serve     = var.serve_external_dns
    }
    ID = {
      hostnames        = ["vaksinasi.kemkes.go.id"]
      serve            = var.serve_external_dns
      database_cluster = "jakarta"
      # Indonesia sends OTPs by e-mail from its own domain, verified in SES here.
      mail_domain = "kemkes.go.id"
    }
  }

  sms_gateway = {
    url                       = "https://sms.nha.gov.in/api/v1/send"
    body_template             = "{\"to\":\"{to}\",\"sender\":\"{sender}\",\"text\":\"{text}\",\"dlt\":true}"
    authorization_secret_arn  = var.sms_authorization_secret_arn
    authorization_kms_key_arn = var.sms_authorization_kms_key_arn
  }

  certificates = {
    redirect_downloads = true
  }

  alarm_emails = var.alarm_emails
}
