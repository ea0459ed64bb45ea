terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }

  # Keep the state in an encrypted, versioned bucket: it holds database passwords and access keys.
  # backend "s3" {
  #   bucket       = "nha-cowin-terraform-state"
  #   key          = "production/terraform.tfstate"
  #   region       = "ap-south-1"
  #   encrypt      = true
  #   use_lockfile = true
  # }
}

locals {
  default_tags = {
    Application = "cowin-global"
    Owner       = "nha-platform-operations"
  }
}

# The deployment: load balancer, service, platform database, Redis, bucket, mail.
provider "aws" {
  region = "ap-south-1"

  default_tags {
    tags = local.default_tags
  }
}

# Indonesia's database cluster, kept in Indonesia (see residency.tf).
provider "aws" {
  alias  = "jakarta"
  region = "ap-southeast-3"

  default_tags {
    tags = local.default_tags
  }
}
