package io.lyceum.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: Lumo plus Lyceum's stylesheet, served statically (no frontend build); light or
 * dark as the person's system prefers.
 */
@ColorScheme(ColorScheme.Value.SYSTEM)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("lyceum/styles.css")
public class LyceumAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Lyceum: a learning platform for bootcamps, instructors and teams");
    }
}
