package io.github.lambdalint.model.iam;

public enum Effect { ALLOW, DENY }
