output "vpc_id" {
  description = "Id of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr" {
  description = "Address range of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "availability_zones" {
  description = "Zones the subnets are in."
  value       = local.azs
}

output "public_subnet_ids" {
  description = "Subnets of the load balancer."
  value       = aws_subnet.public[*].id
}

output "private_subnet_ids" {
  description = "Subnets of the application tasks."
  value       = aws_subnet.private[*].id
}

output "private_subnet_cidrs" {
  description = "Address ranges of the application subnets (for database rules in peered VPCs)."
  value       = aws_subnet.private[*].cidr_block
}

output "data_subnet_ids" {
  description = "Subnets of PostgreSQL and Redis."
  value       = aws_subnet.data[*].id
}

output "data_subnet_cidrs" {
  description = "Address ranges of the data subnets."
  value       = aws_subnet.data[*].cidr_block
}

output "private_route_table_ids" {
  description = "Route tables of the application subnets (for peering routes)."
  value       = aws_route_table.private[*].id
}

output "data_route_table_id" {
  description = "Route table of the data subnets (for peering routes)."
  value       = aws_route_table.data.id
}
