variable "name" {
  description = "Prefix of every resource name, e.g. cowin-production."
  type        = string
}

variable "domains" {
  description = "Sending domains: the platform's (smtp.from) and each e-mail-OTP country's. route53_zone_id: the hosted zone to publish DKIM, MAIL FROM and DMARC records in (null: publish them by hand from the dns_records output)."
  type = map(object({
    route53_zone_id = optional(string)
    dmarc_record    = optional(string, "v=DMARC1; p=quarantine; adkim=s; aspf=r")
  }))

  validation {
    condition     = length(var.domains) > 0
    error_message = "At least the platform's sending domain is needed."
  }
}

variable "mail_from_subdomain" {
  description = "Subdomain used as the MAIL FROM (bounce) domain of each sending domain."
  type        = string
  default     = "bounce"
}

variable "secrets_kms_key_arn" {
  description = "KMS key for the SMTP URL secret."
  type        = string
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
