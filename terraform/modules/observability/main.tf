# Logs and alarms. Every alarm notifies one SNS topic (encrypted; subscribe e-mail addresses or a paging
# service). Every input besides the name is optional, so the module can also be instantiated in another
# region for a database cluster kept there (alarms must live in the region of their metrics).

data "aws_region" "current" {}

locals {
  actions = [aws_sns_topic.alarms.arn]
}

module "topic_key" {
  source = "../kms_key"

  name               = "${var.name}-alarms"
  description        = "CoWIN ${var.name}: the alarm topic"
  service_principals = ["cloudwatch.amazonaws.com"]
  tags               = var.tags
}

resource "aws_sns_topic" "alarms" {
  name              = "${var.name}-alarms"
  kms_master_key_id = module.topic_key.arn
  tags              = var.tags
}

resource "aws_sns_topic_subscription" "email" {
  for_each = toset(var.alarm_emails)

  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = each.value
}

# ---------------------------------------------------------------------------------------------------------
# Log groups of the application (serve and one-off tasks, by stream prefix) and of WAF.

resource "aws_cloudwatch_log_group" "app" {
  count = var.create_app_log_groups ? 1 : 0

  name              = "/${var.name}/app"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.logs_kms_key_arn
  tags              = var.tags
}

resource "aws_cloudwatch_log_group" "waf" {
  count = var.create_app_log_groups ? 1 : 0

  # WAF delivers only to log groups whose name starts with aws-waf-logs-.
  name              = "aws-waf-logs-${var.name}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.logs_kms_key_arn
  tags              = var.tags
}

# ---------------------------------------------------------------------------------------------------------
# Load balancer

resource "aws_cloudwatch_metric_alarm" "alb_5xx_rate" {
  count = var.alb != null ? 1 : 0

  alarm_name          = "${var.name}-5xx-rate"
  alarm_description   = "More than ${var.thresholds.alb_5xx_percent}% of requests answered 5xx (by the tasks or the load balancer) for 3 minutes."
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.thresholds.alb_5xx_percent
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.actions
  ok_actions          = local.actions

  metric_query {
    id          = "rate"
    expression  = "100 * (FILL(target5xx, 0) + FILL(elb5xx, 0)) / IF(FILL(requests, 0) > 0, requests, 1)"
    label       = "5xx percent"
    return_data = true
  }

  metric_query {
    id = "target5xx"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_Target_5XX_Count"
      dimensions  = { LoadBalancer = var.alb.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "elb5xx"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_ELB_5XX_Count"
      dimensions  = { LoadBalancer = var.alb.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = { LoadBalancer = var.alb.arn_suffix }
      period      = 60
      stat        = "Sum"
    }
  }

  tags = var.tags
}

resource "aws_cloudwatch_metric_alarm" "alb_response_time" {
  count = var.alb != null ? 1 : 0

  alarm_name          = "${var.name}-response-time-p99"
  alarm_description   = "99th percentile of the tasks' response time above ${var.thresholds.response_time_p99_seconds} s for 5 minutes."
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  dimensions          = { LoadBalancer = var.alb.arn_suffix, TargetGroup = var.alb.target_group_arn_suffix }
  extended_statistic  = "p99"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 5
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.thresholds.response_time_p99_seconds
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.actions
  ok_actions          = local.actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "alb_unhealthy_hosts" {
  count = var.alb != null ? 1 : 0

  alarm_name          = "${var.name}-unhealthy-tasks"
  alarm_description   = "A task failed /readyz (database unreachable or migrations pending) for 3 minutes."
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  dimensions          = { LoadBalancer = var.alb.arn_suffix, TargetGroup = var.alb.target_group_arn_suffix }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.actions
  ok_actions          = local.actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "alb_no_healthy_hosts" {
  count = var.alb != null ? 1 : 0

  alarm_name          = "${var.name}-no-healthy-tasks"
  alarm_description   = "No task passes /readyz: every country is down."
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HealthyHostCount"
  dimensions          = { LoadBalancer = var.alb.arn_suffix, TargetGroup = var.alb.target_group_arn_suffix }
  statistic           = "Minimum"
  period              = 60
  evaluation_periods  = 2
  datapoints_to_alarm = 2
  comparison_operator = "LessThanThreshold"
  threshold           = 1
  treat_missing_data  = "breaching"
  alarm_actions       = local.actions
  ok_actions          = local.actions
  tags                = var.tags
}

# ---------------------------------------------------------------------------------------------------------
# ECS service

resource "aws_cloudwatch_metric_alarm" "ecs" {
  for_each = var.ecs != null ? { cpu = "CPUUtilization", memory = "MemoryUtilization" } : {}

  alarm_name          = "${var.name}-ecs-${each.key}"
  alarm_description   = "Average ${each.key} of the serving tasks above ${var.thresholds.ecs_percent}% for 10 minutes: autoscaling is at its maximum or too slow."
  namespace           = "AWS/ECS"
  metric_name         = each.value
  dimensions          = { ClusterName = var.ecs.cluster_name, ServiceName = var.ecs.service_name }
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 10
  datapoints_to_alarm = 10
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.thresholds.ecs_percent
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.actions
  ok_actions          = local.actions
  tags                = var.tags
}

# ---------------------------------------------------------------------------------------------------------
# PostgreSQL clusters

resource "aws_cloudwatch_metric_alarm" "rds_cpu" {
  for_each = var.databases

  alarm_name          = "${var.name}-rds-${each.key}-cpu"
  alarm_description   = "CPU of cluster ${each.key}'s primary above ${var.thresholds.rds_cpu_percent}% for 10 minutes."
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  dimensions          = { DBInstanceIdentifier = each.value.identifier }
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 10
  datapoints_to_alarm = 10
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.thresholds.rds_cpu_percent
  treat_missing_data  = "breaching"
  alarm_actions       = local.actions
  ok_actions          = local.actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "rds_free_storage" {
  for_each = var.databases

  alarm_name        = "${var.name}-rds-${each.key}-free-storage"
  alarm_description = "Free storage of cluster ${each.key} below ${var.thresholds.rds_free_storage_percent}% of its initial size: storage autoscaling is at its ceiling or cannot keep up."
  namespace         = "AWS/RDS"
  metric_name       = "FreeStorageSpace"
  dimensions        = { DBInstanceIdentifier = each.value.identifier }
  statistic         = "Minimum"
  period            = 300
  # 15 minutes: a bulk import can dip briefly before storage autoscaling grows the volume.
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  comparison_operator = "LessThanThreshold"
  threshold           = each.value.allocated_storage_gb * var.thresholds.rds_free_storage_percent / 100 * 1073741824
  treat_missing_data  = "breaching"
  alarm_actions       = local.actions
  ok_actions          = local.actions
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "rds_replica_lag" {
  for_each = merge([
    for cluster, database in var.databases : {
      for replica in database.replica_identifiers : replica => cluster
    }
  ]...)

  alarm_name          = "${var.name}-rds-${each.key}-replica-lag"
  alarm_description   = "Read replica ${each.key} of cluster ${each.value} more than ${var.thresholds.rds_replica_lag_seconds} s behind for 5 minutes."
  namespace           = "AWS/RDS"
  metric_name         = "ReplicaLag"
  dimensions          = { DBInstanceIdentifier = each.key }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 5
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.thresholds.rds_replica_lag_seconds
  treat_missing_data  = "breaching"
  alarm_actions       = local.actions
  ok_actions          = local.actions
  tags                = var.tags
}

# ---------------------------------------------------------------------------------------------------------
# Redis

resource "aws_cloudwatch_metric_alarm" "redis" {
  for_each = var.redis == null ? {} : merge([
    for node in var.redis.node_ids : {
      "${node}-memory" = { node = node, metric = "DatabaseMemoryUsagePercentage", threshold = var.thresholds.redis_memory_percent, what = "memory" }
      # Redis executes commands on one core: EngineCPUUtilization is that core, CPUUtilization would hide it.
      "${node}-cpu" = { node = node, metric = "EngineCPUUtilization", threshold = var.thresholds.redis_cpu_percent, what = "engine CPU" }
    }
  ]...)

  alarm_name          = "${var.name}-redis-${each.key}"
  alarm_description   = "Redis node ${each.value.node}: ${each.value.what} above ${each.value.threshold}% for 5 minutes (rate limits are shared here)."
  namespace           = "AWS/ElastiCache"
  metric_name         = each.value.metric
  dimensions          = { CacheClusterId = each.value.node }
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 5
  comparison_operator = "GreaterThanThreshold"
  threshold           = each.value.threshold
  treat_missing_data  = "breaching"
  alarm_actions       = local.actions
  ok_actions          = local.actions
  tags                = var.tags
}
