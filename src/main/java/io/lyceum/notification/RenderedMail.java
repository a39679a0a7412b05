package io.lyceum.notification;

/** A message rendered in the recipient's language: one subject line, an HTML and a plain-text part. */
record RenderedMail(String subject, String html, String text) {}
