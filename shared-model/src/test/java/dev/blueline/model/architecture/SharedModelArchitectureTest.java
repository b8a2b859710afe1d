package dev.blueline.model.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rule of DESIGN.md: the document core knows nothing of UI, transport or storage. */
class SharedModelArchitectureTest {
    static JavaClasses model;

    @BeforeAll
    static void importModel() {
        model = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.blueline.model");
    }

    @Test
    void noUserInterface() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .because("the model is shared by the host, the exporters and tests; only app-desktop draws"));
    }

    @Test
    void noTransport() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.eclipse.jetty..", "jakarta.servlet..", "okhttp3..", "java.net.http..", "java.net..")
                .because("rooms talk to connections only through RoomSocket, so the same code runs in Jetty and in the simulation"));
    }

    @Test
    void noStorage() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jooq..", "org.h2..", "org.flywaydb..")
                .because("stores are interfaces here (RoomStore, PendingStore); H2 lives in app-server and app-desktop"));
    }

    @Test
    void noOtherBluelineModules() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.blueline.server..", "dev.blueline.desktop..")
                .because("dependencies point one way: app-desktop → app-server → shared-model"));
    }

    private static void check(ArchRule rule) {
        rule.check(model);
    }
}
