output "smtp_url_secret_arn" {
  description = "Secret holding smtp.url."
  value       = aws_secretsmanager_secret.smtp_url.arn
}

output "configuration_set" {
  description = "SES configuration set every identity sends through."
  value       = aws_sesv2_configuration_set.this.configuration_set_name
}

output "dns_records" {
  description = "Records each sending domain needs (already created for domains whose Route 53 zone was given)."
  value = {
    for domain, identity in aws_sesv2_email_identity.this : domain => concat(
      [for token in identity.dkim_signing_attributes[0].tokens : {
        name  = "${token}._domainkey.${domain}"
        type  = "CNAME"
        value = "${token}.dkim.amazonses.com"
      }],
      [
        { name = local.mail_from[domain], type = "MX", value = "10 feedback-smtp.${local.region}.amazonses.com" },
        { name = local.mail_from[domain], type = "TXT", value = "v=spf1 include:amazonses.com -all" },
      ],
    )
  }
}
