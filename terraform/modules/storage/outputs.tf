output "bucket_name" {
  description = "Bucket of certificates, branding and archives (objects.s3_bucket)."
  value       = aws_s3_bucket.objects.id
}

output "bucket_arn" {
  description = "ARN of the objects bucket."
  value       = aws_s3_bucket.objects.arn
}

output "kms_key_arn" {
  description = "KMS key of the objects bucket."
  value       = module.key.arn
}

output "log_bucket_name" {
  description = "Bucket of S3 and load balancer access logs."
  value       = aws_s3_bucket.logs.id
  # The load balancer checks at creation that it may write here: hand the name out only once the policy exists.
  depends_on = [aws_s3_bucket_policy.logs]
}

output "access_key_id" {
  description = "Access key id the server signs with (objects.s3_access_key); null without create_access_key."
  value       = var.create_access_key ? aws_iam_access_key.objects[0].id : null
}

output "secret_access_key_secret_arn" {
  description = "Secret holding the secret access key (objects.s3_secret_key); null without create_access_key."
  value       = var.create_access_key ? aws_secretsmanager_secret.secret_access_key[0].arn : null
}
