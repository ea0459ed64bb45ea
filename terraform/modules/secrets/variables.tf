variable "name" {
  description = "Prefix of every resource name, e.g. cowin-production."
  type        = string
}

variable "generate_master_key" {
  description = "Generate security.master_key here (it then sits in the Terraform state). False: an operator puts it into the secret once, before the first start."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
