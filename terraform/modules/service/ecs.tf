# The application on ECS Fargate: one service running `cowin serve` behind the load balancer, and a one-off
# task definition running `cowin migrate` (or, with a command override, any other `cowin` command: tenant
# apply, staff invite, keys rotate...) with the same image, configuration and secrets.

data "aws_region" "current" {}

locals {
  image          = "${aws_ecr_repository.this.repository_url}:${var.image_tag}"
  one_off_image  = "${aws_ecr_repository.this.repository_url}:${coalesce(var.migrate_image_tag, var.image_tag)}"
  container_name = "cowin"

  # Sorted, so a plan shows a change only when a value really changed.
  environment = [for name in sort(keys(var.environment)) : { name = name, value = var.environment[name] }]
  secrets     = [for name in sort(keys(var.secrets)) : { name = name, valueFrom = var.secrets[name] }]

  # What every container of this image shares: a read-only root file system with a writable /tmp (onboarding
  # unpacks uploaded tenant folders there), no Linux capabilities, an init process that reaps children and
  # forwards SIGTERM, and JSON logs to CloudWatch. Secrets are injected by ECS from Secrets Manager as
  # environment variables when the task starts; they never appear in the task definition.
  #
  # ECS Exec's agent writes to three folders of the root file system, so with ECS Exec enabled they become
  # volumes of their own (aws/containers-roadmap#1359); the root file system stays read-only.
  writable_paths = merge(
    { tmp = "/tmp" },
    var.enable_execute_command ? {
      exec-agents    = "/managed-agents"
      exec-ssm-state = "/var/lib/amazon/ssm"
      exec-ssm-logs  = "/var/log/amazon/ssm"
    } : {},
  )

  base_container = {
    name                   = local.container_name
    image                  = local.image
    essential              = true
    user                   = "10001:10001"
    readonlyRootFilesystem = true
    environment            = local.environment
    secrets                = local.secrets
    mountPoints            = [for volume, path in local.writable_paths : { sourceVolume = volume, containerPath = path, readOnly = false }]
    linuxParameters = {
      initProcessEnabled = true
      capabilities       = { drop = ["ALL"] }
    }
    ulimits = [{ name = "nofile", softLimit = 65536, hardLimit = 65536 }]
  }

  log_options = {
    awslogs-group  = var.log_group_name
    awslogs-region = data.aws_region.current.name
    # Never block the server on a slow log pipeline; the buffer absorbs bursts.
    mode            = "non-blocking"
    max-buffer-size = "25m"
  }
}

resource "aws_ecs_cluster" "this" {
  name = var.name

  setting {
    name  = "containerInsights"
    value = "enabled"
  }

  tags = var.tags
}

resource "aws_ecs_cluster_capacity_providers" "this" {
  cluster_name       = aws_ecs_cluster.this.name
  capacity_providers = ["FARGATE"]

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE"
    weight            = 1
  }
}

resource "aws_ecs_task_definition" "serve" {
  family                   = "${var.name}-serve"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.task_cpu
  memory                   = var.task_memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn
  # Old revisions stay registered so the deployment circuit breaker (and an operator) can roll back to them.
  skip_destroy = true

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.cpu_architecture
  }

  dynamic "volume" {
    for_each = local.writable_paths
    content {
      name = volume.key
    }
  }

  container_definitions = jsonencode([merge(local.base_container, {
    command      = ["serve"]
    portMappings = [{ containerPort = var.container_port, protocol = "tcp", name = "http" }]
    # Liveness only (/healthz): a task is replaced when its process hangs, not when the database is away
    # (that is what /readyz on the load balancer is for).
    healthCheck = {
      command     = ["CMD", "curl", "--fail", "--silent", "--output", "/dev/null", "--max-time", "3", "http://127.0.0.1:${var.container_port}/healthz"]
      interval    = 15
      timeout     = 5
      retries     = 3
      startPeriod = 30
    }
    # actix-web drains in-flight requests for up to 30 s after SIGTERM.
    stopTimeout = 40
    logConfiguration = {
      logDriver = "awslogs"
      options   = merge(local.log_options, { awslogs-stream-prefix = "serve" })
    }
  })])

  tags = var.tags
}

resource "aws_ecs_task_definition" "migrate" {
  family                   = "${var.name}-migrate"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.migrate_task_cpu
  memory                   = var.migrate_task_memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn
  skip_destroy             = true

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.cpu_architecture
  }

  dynamic "volume" {
    for_each = local.writable_paths
    content {
      name = volume.key
    }
  }

  container_definitions = jsonencode([merge(local.base_container, {
    image   = local.one_off_image
    command = ["migrate"]
    logConfiguration = {
      logDriver = "awslogs"
      options   = merge(local.log_options, { awslogs-stream-prefix = "migrate" })
    }
  })])

  tags = var.tags
}

# `cowin nha add-user` (and any command that reads standard input): the one-off task plus COWIN_STDIN from
# the admin password secret, which the entry point writes to the command's standard input.
resource "aws_ecs_task_definition" "admin" {
  family                   = "${var.name}-admin"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.migrate_task_cpu
  memory                   = var.migrate_task_memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn
  skip_destroy             = true

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = var.cpu_architecture
  }

  dynamic "volume" {
    for_each = local.writable_paths
    content {
      name = volume.key
    }
  }

  container_definitions = jsonencode([merge(local.base_container, {
    image   = local.one_off_image
    command = ["nha", "add-user", "--help"]
    secrets = concat(local.secrets, [{ name = "COWIN_STDIN", valueFrom = var.admin_stdin_secret_arn }])
    logConfiguration = {
      logDriver = "awslogs"
      options   = merge(local.log_options, { awslogs-stream-prefix = "admin" })
    }
  })])

  tags = var.tags
}

resource "aws_security_group" "tasks" {
  name        = "${var.name}-tasks"
  description = "Application tasks of ${var.name}: traffic from the load balancer; out to AWS APIs, mail, PostgreSQL and Redis"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-tasks" })
}

resource "aws_vpc_security_group_ingress_rule" "tasks_from_alb" {
  security_group_id            = aws_security_group.tasks.id
  description                  = "HTTP from the load balancer"
  referenced_security_group_id = aws_security_group.alb.id
  ip_protocol                  = "tcp"
  from_port                    = var.container_port
  to_port                      = var.container_port
}

# HTTPS to AWS APIs (ECR, Secrets Manager, S3, CloudWatch) and the SMS gateway; their addresses are not fixed.
resource "aws_vpc_security_group_egress_rule" "tasks_https" {
  security_group_id = aws_security_group.tasks.id
  description       = "HTTPS to AWS APIs and the SMS gateway"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_egress_rule" "tasks_smtps" {
  security_group_id = aws_security_group.tasks.id
  description       = "SMTP over TLS to Amazon SES"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 465
  to_port           = 465
}

resource "aws_vpc_security_group_egress_rule" "tasks_extra" {
  for_each = toset([for port in var.additional_egress_tcp_ports : tostring(port)])

  security_group_id = aws_security_group.tasks.id
  description       = "Additional outbound port ${each.value}"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = tonumber(each.value)
  to_port           = tonumber(each.value)
}

resource "aws_vpc_security_group_egress_rule" "tasks_postgres" {
  for_each = toset(var.database_cidr_blocks)

  security_group_id = aws_security_group.tasks.id
  description       = "PostgreSQL"
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
}

resource "aws_vpc_security_group_egress_rule" "tasks_redis" {
  for_each = toset(var.redis_cidr_blocks)

  security_group_id = aws_security_group.tasks.id
  description       = "Redis"
  cidr_ipv4         = each.value
  ip_protocol       = "tcp"
  from_port         = 6379
  to_port           = 6379
}

resource "aws_ecs_service" "this" {
  name             = "cowin"
  cluster          = aws_ecs_cluster.this.id
  task_definition  = aws_ecs_task_definition.serve.arn
  launch_type      = "FARGATE"
  platform_version = "LATEST"
  # Autoscaling owns the count afterwards (ignore_changes below); with run_service = false its bounds are 0.
  desired_count = var.run_service ? var.min_tasks : 0

  # A rollout starts new tasks before stopping old ones, and rolls itself back if the new ones never turn
  # healthy (for example: an image whose migrations were not run, so /readyz stays 503).
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  health_check_grace_period_seconds = 60

  enable_ecs_managed_tags = true
  propagate_tags          = "SERVICE"
  enable_execute_command  = var.enable_execute_command

  network_configuration {
    subnets          = var.private_subnet_ids
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.app.arn
    container_name   = local.container_name
    container_port   = var.container_port
  }

  tags = var.tags

  lifecycle {
    ignore_changes = [desired_count]
  }

  depends_on = [aws_lb_listener.https, aws_iam_role_policy.execution]
}
