# The image registry. Tags are immutable, so a tag names one build forever: what the task definition says
# is what runs, and a rollback to an older tag gets exactly the old binary. Every push is scanned.

module "ecr_key" {
  source = "../kms_key"

  name        = "${var.name}-ecr"
  description = "CoWIN ${var.name}: container images in ECR"
  tags        = var.tags
}

resource "aws_ecr_repository" "this" {
  name                 = "${var.name}/cowin"
  image_tag_mutability = "IMMUTABLE"
  force_delete         = false

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = module.ecr_key.arn
  }

  tags = var.tags
}

resource "aws_ecr_lifecycle_policy" "this" {
  repository = aws_ecr_repository.this.name
  policy = jsonencode({
    rules = [
      {
        rulePriority = 1
        description  = "Untagged layers of interrupted pushes"
        selection = {
          tagStatus   = "untagged"
          countType   = "sinceImagePushed"
          countUnit   = "days"
          countNumber = 14
        }
        action = { type = "expire" }
      },
      {
        # Enough history to roll back across several releases; far more than one deployment uses.
        rulePriority = 2
        description  = "Keep the newest ${var.image_retention_count} images"
        selection = {
          tagStatus   = "any"
          countType   = "imageCountMoreThan"
          countNumber = var.image_retention_count
        }
        action = { type = "expire" }
      },
    ]
  })
}
