# CoWIN Global on AWS: one `cowin` service for every country, PostgreSQL clusters holding the platform schema
# and the countries' schemas, Redis for shared rate limits, S3 for certificate PDFs and branding, SES for mail.
# See README.md for what each module creates and the order of a first deployment.

data "aws_region" "current" {}

locals {
  name   = "${var.name}-${var.environment}"
  region = data.aws_region.current.name
  tags = merge(
    {
      Application = "cowin-global"
      Environment = var.environment
      ManagedBy   = "terraform"
    },
    var.tags,
  )

  platform_cluster = one([for name, cluster in var.database_clusters : name if cluster.platform])

  # Stable listener-rule priorities from the country code itself (AA = 100, AB = 110, ... ZZ = 6850), so that
  # onboarding a country never renumbers another's rules.
  alphabet = split("", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
  tenant_priority = {
    for code in keys(var.tenants) :
    code => 100 + 10 * (26 * index(local.alphabet, substr(code, 0, 1)) + index(local.alphabet, substr(code, 1, 1)))
  }

  # Sending domains: the platform's and those of countries sending OTPs by e-mail.
  tenant_mail_domains = {
    for code, tenant in var.tenants : tenant.mail_domain => tenant.mail_route53_zone_id... if tenant.mail_domain != null
  }
  mail_domains = merge(
    { for domain, zones in local.tenant_mail_domains : domain => { route53_zone_id = zones[0] } },
    { (var.mail_domain) = { route53_zone_id = var.mail_route53_zone_id } },
  )
}

# Cross-variable checks that variable validation cannot express on Terraform 1.5.
resource "terraform_data" "consistency" {
  input = keys(var.tenants)

  lifecycle {
    precondition {
      condition     = length(setintersection(keys(var.database_clusters), keys(var.external_database_clusters))) == 0
      error_message = "A cluster name is used both in database_clusters and in external_database_clusters."
    }

    precondition {
      condition = alltrue([
        for tenant in values(var.tenants) :
        tenant.database_cluster == null || contains(concat(keys(var.database_clusters), keys(var.external_database_clusters)), coalesce(tenant.database_cluster, "-"))
      ])
      error_message = "Every tenant's database_cluster must name a cluster of database_clusters or external_database_clusters."
    }

    precondition {
      condition     = length(setintersection(keys(var.extra_environment), keys(local.secrets))) == 0
      error_message = "extra_environment sets a variable that is injected from Secrets Manager; change the secret instead."
    }
  }
}

module "logs_key" {
  source = "./modules/kms_key"

  name                  = "${local.name}-logs"
  description           = "CoWIN ${local.name}: CloudWatch log groups"
  allow_cloudwatch_logs = true
  tags                  = local.tags
}

module "network" {
  source = "./modules/network"

  name                    = local.name
  cidr                    = var.vpc_cidr
  availability_zones      = var.availability_zones
  single_nat_gateway      = var.single_nat_gateway
  flow_log_retention_days = var.log_retention_days
  logs_kms_key_arn        = module.logs_key.arn
  tags                    = local.tags
}

module "secrets" {
  source = "./modules/secrets"

  name                = local.name
  generate_master_key = var.generate_master_key
  tags                = local.tags
}

module "database" {
  source   = "./modules/database"
  for_each = var.database_clusters

  name_prefix                         = local.name
  cluster_name                        = each.key
  vpc_id                              = module.network.vpc_id
  subnet_ids                          = module.network.data_subnet_ids
  allowed_security_group_ids          = [module.service.task_security_group_id]
  instance_class                      = each.value.instance_class
  postgres_major_version              = each.value.postgres_major_version
  allocated_storage_gb                = each.value.allocated_storage_gb
  max_allocated_storage_gb            = each.value.max_allocated_storage_gb
  backup_retention_days               = each.value.backup_retention_days
  backup_window                       = each.value.backup_window
  maintenance_window                  = each.value.maintenance_window
  read_replica_count                  = each.value.read_replica_count
  replica_instance_class              = each.value.replica_instance_class
  iam_database_authentication         = each.value.iam_authentication
  multi_az                            = each.value.multi_az
  performance_insights_retention_days = each.value.performance_insights_retention_days
  monitoring_interval_seconds         = each.value.monitoring_interval_seconds
  deletion_protection                 = var.deletion_protection
  logs_kms_key_arn                    = module.logs_key.arn
  log_retention_days                  = var.log_retention_days
  tags                                = local.tags
}

module "cache" {
  source = "./modules/cache"

  name                       = local.name
  vpc_id                     = module.network.vpc_id
  subnet_ids                 = module.network.data_subnet_ids
  allowed_security_group_ids = [module.service.task_security_group_id]
  node_type                  = var.redis_node_type
  replica_count              = var.redis_replica_count
  auth_token                 = module.secrets.redis_auth_token
  logs_kms_key_arn           = module.logs_key.arn
  log_retention_days         = var.log_retention_days
  tags                       = local.tags
}

module "storage" {
  source = "./modules/storage"

  name                    = local.name
  noncurrent_version_days = var.noncurrent_version_days
  log_retention_days      = var.log_retention_days
  alb_logs_legacy_account = var.alb_logs_legacy_account
  create_access_key       = var.s3_static_credentials
  secrets_kms_key_arn     = module.secrets.kms_key_arn
  tags                    = local.tags
}

module "mail" {
  source = "./modules/mail"

  name                = local.name
  domains             = local.mail_domains
  secrets_kms_key_arn = module.secrets.kms_key_arn
  tags                = local.tags
}

module "observability" {
  source = "./modules/observability"

  name               = local.name
  alarm_emails       = var.alarm_emails
  logs_kms_key_arn   = module.logs_key.arn
  log_retention_days = var.log_retention_days
  alb = {
    arn_suffix              = module.service.alb_arn_suffix
    target_group_arn_suffix = module.service.target_group_arn_suffix
  }
  ecs = {
    cluster_name = module.service.cluster_name
    service_name = module.service.service_name
  }
  databases = {
    for cluster, database in module.database : cluster => {
      identifier           = database.identifier
      replica_identifiers  = database.replica_identifiers
      allocated_storage_gb = database.allocated_storage_gb
    }
  }
  redis      = { node_ids = module.cache.member_cluster_ids }
  thresholds = var.alarm_thresholds
  tags       = local.tags
}

# ---------------------------------------------------------------------------------------------------------
# The server's configuration, in its own scheme: COWIN_<SECTION>__<KEY> (backend/server/src/settings.rs).
# Plain values go into the task definition; secrets are injected by ECS from Secrets Manager at task start.
#
# COWIN_REDIS__URL is the shared rate-limit store every server counts in (redis.url).
# COWIN_DATABASE__CLUSTERS__<NAME>__URL names every cluster a country's schema may be placed on (database.clusters);
# the platform's, `main`, repeats COWIN_DATABASE__URL, which the server accepts. `cowin tenant move` places a schema.

locals {
  cluster_url_secrets = merge(
    { for cluster, database in module.database : cluster => database.url_secret_arn },
    { for cluster, external in var.external_database_clusters : cluster => external.url_secret_arn },
  )

  environment = merge(
    {
      COWIN_SERVER__HOST                      = "0.0.0.0"
      COWIN_SERVER__PORT                      = "8080"
      COWIN_SERVER__WORKERS                   = tostring(var.server_workers)
      COWIN_LOCALES_DIR                       = "/app/locales"
      COWIN_LOG__FORMAT                       = "json"
      COWIN_LOG__FILTER                       = var.log_filter
      COWIN_DATABASE__MAX_CONNECTIONS         = tostring(var.database_max_connections)
      COWIN_LICENCE__DEPLOYMENT_ID            = var.deployment_id
      COWIN_SMTP__FROM                        = "${var.mail_from_name} <no-reply@${var.mail_domain}>"
      COWIN_OTP__SMS_PROVIDER                 = "http"
      COWIN_OTP__SMS_URL                      = var.sms_gateway.url
      COWIN_OBJECTS__BACKEND                  = "s3"
      COWIN_OBJECTS__S3_ENDPOINT              = "https://s3.${local.region}.amazonaws.com"
      COWIN_OBJECTS__S3_REGION                = local.region
      COWIN_OBJECTS__S3_BUCKET                = module.storage.bucket_name
      COWIN_CERTIFICATES__REDIRECT_DOWNLOADS  = tostring(var.certificates.redirect_downloads)
      COWIN_CERTIFICATES__PRESIGN_SECONDS     = tostring(var.certificates.presign_seconds)
      COWIN_CERTIFICATES__PRERENDER_PDFS      = tostring(var.certificates.prerender_pdfs)
      COWIN_CERTIFICATES__PDF_CACHE_MEGABYTES = tostring(var.certificates.pdf_cache_megabytes)
      # Exactly one proxy (the load balancer) appends to X-Forwarded-For: the client is the last entry.
      COWIN_RATE_LIMITS__TRUSTED_PROXY_HOPS = "1"
    },
    var.s3_static_credentials ? { COWIN_OBJECTS__S3_ACCESS_KEY = module.storage.access_key_id } : {},
    var.sms_gateway.body_template != null ? { COWIN_OTP__SMS_BODY_TEMPLATE = var.sms_gateway.body_template } : {},
    var.extra_environment,
  )

  secrets = merge(
    {
      COWIN_DATABASE__URL        = local.cluster_url_secrets[local.platform_cluster]
      COWIN_SECURITY__MASTER_KEY = module.secrets.master_key_secret_arn
      COWIN_SMTP__URL            = module.mail.smtp_url_secret_arn
      COWIN_REDIS__URL           = module.cache.url_secret_arn
    },
    { for cluster, arn in local.cluster_url_secrets : "COWIN_DATABASE__CLUSTERS__${upper(cluster)}__URL" => arn },
    var.s3_static_credentials ? { COWIN_OBJECTS__S3_SECRET_KEY = module.storage.secret_access_key_secret_arn } : {},
    var.sms_gateway.authorization_secret_arn != null ? { COWIN_OTP__SMS_AUTHORIZATION = var.sms_gateway.authorization_secret_arn } : {},
  )

  secret_kms_key_arns = compact(concat(
    [module.secrets.kms_key_arn, module.cache.kms_key_arn],
    [for database in module.database : database.kms_key_arn],
    [for external in var.external_database_clusters : external.kms_key_arn],
    [var.sms_gateway.authorization_kms_key_arn],
  ))
}

module "service" {
  source = "./modules/service"

  name                                   = local.name
  vpc_id                                 = module.network.vpc_id
  public_subnet_ids                      = module.network.public_subnet_ids
  private_subnet_ids                     = module.network.private_subnet_ids
  image_tag                              = var.image_tag
  migrate_image_tag                      = var.migrate_image_tag
  cpu_architecture                       = var.cpu_architecture
  task_cpu                               = var.task_cpu
  task_memory                            = var.task_memory
  run_service                            = var.run_service
  min_tasks                              = var.min_tasks
  max_tasks                              = var.max_tasks
  cpu_target_percent                     = var.cpu_target_percent
  requests_per_task_per_minute           = var.requests_per_task_per_minute
  environment                            = local.environment
  secrets                                = local.secrets
  admin_stdin_secret_arn                 = module.secrets.nha_admin_password_secret_arn
  secret_kms_key_arns                    = local.secret_kms_key_arns
  objects_bucket_arn                     = module.storage.bucket_arn
  objects_kms_key_arn                    = module.storage.kms_key_arn
  log_group_name                         = module.observability.app_log_group_name
  log_group_arn                          = module.observability.app_log_group_arn
  waf_log_group_arn                      = module.observability.waf_log_group_arn
  access_logs_bucket                     = module.storage.log_bucket_name
  platform_hostname                      = var.platform_hostname
  platform_route53_zone_id               = var.platform_route53_zone_id
  platform_api_allowed_cidrs             = var.platform_api_allowed_cidrs
  ssl_policy                             = var.ssl_policy
  deletion_protection                    = var.deletion_protection
  waf_requests_per_address_per_5_minutes = var.waf_requests_per_address_per_5_minutes
  database_cidr_blocks                   = concat(module.network.data_subnet_cidrs, flatten([for external in var.external_database_clusters : external.cidr_blocks]))
  redis_cidr_blocks                      = module.network.data_subnet_cidrs
  enable_execute_command                 = var.enable_execute_command
  tags                                   = local.tags
}

module "tenant_hostname" {
  source   = "./modules/tenant_hostname"
  for_each = var.tenants

  name             = local.name
  code             = each.key
  hostnames        = each.value.hostnames
  route53_zone_id  = each.value.route53_zone_id
  serve            = each.value.serve
  listener_arn     = module.service.https_listener_arn
  target_group_arn = module.service.target_group_arn
  alb_dns_name     = module.service.alb_dns_name
  alb_zone_id      = module.service.alb_zone_id
  priority         = local.tenant_priority[each.key]
  tags             = local.tags
}
