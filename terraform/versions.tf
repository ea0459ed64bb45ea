terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }

  # This module configures no provider and no backend: the configuration that calls it (see examples/) sets
  # the region, default tags and where the state lives. The state holds the database passwords, the Redis
  # token and the IAM access keys, so keep it in an encrypted, versioned, access-logged bucket, e.g.:
  #
  # backend "s3" {
  #   bucket       = "nha-cowin-terraform-state"
  #   key          = "production/terraform.tfstate"
  #   region       = "ap-south-1"
  #   encrypt      = true
  #   kms_key_id   = "alias/nha-terraform-state"
  #   use_lockfile = true
  # }
}
