# Outgoing mail through Amazon SES: staff invitations from the platform's address, and OTP and certificate
# e-mails from each e-mail-OTP country's own sender (its tenant.toml otp.sender). Every sending domain is an
# SES identity with Easy DKIM (2048-bit), a custom MAIL FROM subdomain so SPF aligns, and, where its zone is in
# Route 53 here, the DNS records; otherwise the records are an output for the domain's owner to publish.
#
# New AWS accounts are in the SES sandbox (only verified recipients): request production access for the region
# before citizens are e-mailed. That request is not an API Terraform can make.

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  region      = data.aws_region.current.name
  zoned       = { for domain, settings in var.domains : domain => settings if settings.route53_zone_id != null }
  mail_from   = { for domain, settings in var.domains : domain => "${var.mail_from_subdomain}.${domain}" }
  smtp_server = "email-smtp.${local.region}.amazonaws.com"

  dkim_records = {
    for pair in setproduct(keys(local.zoned), range(3)) : "${pair[0]}#${pair[1]}" => {
      domain = pair[0]
      index  = pair[1]
    }
  }
}

resource "aws_sesv2_configuration_set" "this" {
  configuration_set_name = var.name

  # Refuse to hand a message to a receiving server that does not offer TLS.
  delivery_options {
    tls_policy = "REQUIRE"
  }

  reputation_options {
    reputation_metrics_enabled = true
  }

  sending_options {
    sending_enabled = true
  }

  suppression_options {
    suppressed_reasons = ["BOUNCE", "COMPLAINT"]
  }

  tags = var.tags
}

resource "aws_sesv2_email_identity" "this" {
  for_each = var.domains

  email_identity         = each.key
  configuration_set_name = aws_sesv2_configuration_set.this.configuration_set_name

  dkim_signing_attributes {
    next_signing_key_length = "RSA_2048_BIT"
  }

  tags = var.tags
}

resource "aws_sesv2_email_identity_mail_from_attributes" "this" {
  for_each = var.domains

  email_identity         = aws_sesv2_email_identity.this[each.key].email_identity
  mail_from_domain       = local.mail_from[each.key]
  behavior_on_mx_failure = "USE_DEFAULT_VALUE"
}

resource "aws_route53_record" "dkim" {
  for_each = local.dkim_records

  zone_id = local.zoned[each.value.domain].route53_zone_id
  name    = "${aws_sesv2_email_identity.this[each.value.domain].dkim_signing_attributes[0].tokens[each.value.index]}._domainkey.${each.value.domain}"
  type    = "CNAME"
  ttl     = 1800
  records = ["${aws_sesv2_email_identity.this[each.value.domain].dkim_signing_attributes[0].tokens[each.value.index]}.dkim.amazonses.com"]
}

resource "aws_route53_record" "mail_from_mx" {
  for_each = local.zoned

  zone_id = each.value.route53_zone_id
  name    = local.mail_from[each.key]
  type    = "MX"
  ttl     = 1800
  records = ["10 feedback-smtp.${local.region}.amazonses.com"]
}

resource "aws_route53_record" "mail_from_spf" {
  for_each = local.zoned

  zone_id = each.value.route53_zone_id
  name    = local.mail_from[each.key]
  type    = "TXT"
  ttl     = 1800
  records = ["v=spf1 include:amazonses.com -all"]
}

resource "aws_route53_record" "dmarc" {
  for_each = { for domain, settings in local.zoned : domain => settings if settings.dmarc_record != null }

  zone_id = each.value.route53_zone_id
  name    = "_dmarc.${each.key}"
  type    = "TXT"
  ttl     = 1800
  records = [each.value.dmarc_record]
}

# ---------------------------------------------------------------------------------------------------------
# SMTP credentials. SES's SMTP interface authenticates with an IAM access key (the password is derived from
# the secret key), so this is an IAM user: no console access, allowed only to send from these identities
# through this configuration set.

data "aws_iam_policy_document" "send" {
  statement {
    sid     = "SendFromTheseIdentities"
    actions = ["ses:SendRawEmail"]
    resources = concat(
      [for identity in aws_sesv2_email_identity.this : identity.arn],
      [aws_sesv2_configuration_set.this.arn],
    )
  }
}

resource "aws_iam_group" "smtp" {
  name = "${var.name}-smtp"
  path = "/cowin/"
}

resource "aws_iam_group_policy" "smtp" {
  name   = "send-mail"
  group  = aws_iam_group.smtp.name
  policy = data.aws_iam_policy_document.send.json
}

resource "aws_iam_user" "smtp" {
  #checkov:skip=CKV_AWS_273:The SES SMTP interface only accepts credentials derived from an IAM user's access key; SSO cannot issue them. The user has no console access and may only send mail.
  name = "${var.name}-smtp"
  path = "/cowin/"
  tags = var.tags
}

resource "aws_iam_user_group_membership" "smtp" {
  user   = aws_iam_user.smtp.name
  groups = [aws_iam_group.smtp.name]
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

# smtp.url: implicit TLS on 465 (smtps://), user and password percent-encoded (the SMTP password contains
# '+', '/' and '=').
resource "aws_secretsmanager_secret" "smtp_url" {
  #checkov:skip=CKV2_AWS_57:SMTP credentials come from an IAM access key; rotation is a new key rolled out before the old is deleted (replace aws_iam_access_key.smtp), which Terraform does, not a rotation Lambda.
  name                    = "${var.name}/smtp/url"
  description             = "COWIN_SMTP__URL: SES SMTP endpoint with credentials."
  kms_key_id              = var.secrets_kms_key_arn
  recovery_window_in_days = 7
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "smtp_url" {
  secret_id = aws_secretsmanager_secret.smtp_url.id
  secret_string = format(
    "smtps://%s:%s@%s:465",
    urlencode(aws_iam_access_key.smtp.id),
    urlencode(aws_iam_access_key.smtp.ses_smtp_password_v4),
    local.smtp_server,
  )
}
