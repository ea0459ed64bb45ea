# Indonesia's cluster in Jakarta: a VPC holding only the database (no NAT, no application), its own KMS keys,
# alarms in its own region, and a peering connection to the Mumbai VPC so the tasks reach it privately.
#
# Every query from Mumbai crosses about 60-70 ms of network each way; the server does several round trips
# per request, so Indonesia's requests are slower than the others'. That is the price of keeping the data in
# the country; measure it before committing to it.

locals {
  jakarta_name = "cowin-production-jakarta"
}

module "jakarta_logs_key" {
  source    = "../../modules/kms_key"
  providers = { aws = aws.jakarta }

  name                  = "${local.jakarta_name}-logs"
  description           = "CoWIN ${local.jakarta_name}: CloudWatch log groups"
  allow_cloudwatch_logs = true
}

module "jakarta_network" {
  source    = "../../modules/network"
  providers = { aws = aws.jakarta }

  name                = local.jakarta_name
  cidr                = "10.41.0.0/16"
  availability_zones  = ["ap-southeast-3a", "ap-southeast-3b", "ap-southeast-3c"]
  create_nat_gateways = false
  logs_kms_key_arn    = module.jakarta_logs_key.arn
}

module "jakarta_database" {
  source    = "../../modules/database"
  providers = { aws = aws.jakarta }

  name_prefix           = "cowin-production"
  cluster_name          = "jakarta"
  vpc_id                = module.jakarta_network.vpc_id
  subnet_ids            = module.jakarta_network.data_subnet_ids
  allowed_cidr_blocks   = module.cowin.network.private_subnet_cidrs
  instance_class        = "db.r6g.2xlarge"
  allocated_storage_gb  = 500
  backup_retention_days = 35
  # Indonesia's night (UTC+7).
  backup_window      = "17:00-18:00"
  maintenance_window = "sat:18:30-sat:19:30"
  logs_kms_key_arn   = module.jakarta_logs_key.arn
}

module "jakarta_observability" {
  source    = "../../modules/observability"
  providers = { aws = aws.jakarta }

  name                  = local.jakarta_name
  create_app_log_groups = false
  alarm_emails          = var.alarm_emails
  databases = {
    jakarta = {
      identifier           = module.jakarta_database.identifier
      replica_identifiers  = module.jakarta_database.replica_identifiers
      allocated_storage_gb = module.jakarta_database.allocated_storage_gb
    }
  }
}

resource "aws_vpc_peering_connection" "jakarta" {
  vpc_id      = module.cowin.network.vpc_id
  peer_vpc_id = module.jakarta_network.vpc_id
  peer_region = "ap-southeast-3"
  tags        = { Name = "cowin-production-to-jakarta" }
}

resource "aws_vpc_peering_connection_accepter" "jakarta" {
  provider = aws.jakarta

  vpc_peering_connection_id = aws_vpc_peering_connection.jakarta.id
  auto_accept               = true
  tags                      = { Name = "cowin-production-to-jakarta" }
}

# Mumbai's application subnets reach Jakarta's VPC...
resource "aws_route" "mumbai_to_jakarta" {
  count = length(module.cowin.network.private_route_table_ids)

  route_table_id            = module.cowin.network.private_route_table_ids[count.index]
  destination_cidr_block    = module.jakarta_network.vpc_cidr
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.jakarta.id
}

# ...and Jakarta's data subnets answer them (and nothing else: no other route leaves that VPC).
resource "aws_route" "jakarta_to_mumbai" {
  provider = aws.jakarta
  count    = length(module.cowin.network.private_subnet_cidrs)

  route_table_id            = module.jakarta_network.data_route_table_id
  destination_cidr_block    = module.cowin.network.private_subnet_cidrs[count.index]
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.jakarta.id
}
