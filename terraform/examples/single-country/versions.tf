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
  #   key          = "lk-production/terraform.tfstate"
  #   region       = "ap-south-1"
  #   encrypt      = true
  #   use_lockfile = true
  # }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Application = "cowin-global"
      Owner       = "nha-platform-operations"
    }
  }
}
