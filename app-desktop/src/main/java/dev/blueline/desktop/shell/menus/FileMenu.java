package dev.blueline.desktop.shell.menus;

import dev.blueline.desktop.shell.CodeExportDialog;
import dev.blueline.desktop.shell.EditorWindow;
import dev.blueline.desktop.shell.ExportCommands;
import dev.blueline.desktop.shell.SaveACopy;
import dev.blueline.desktop.shell.actions.Action;
import dev.blueline.desktop.shell.actions.ActionSet;
import dev.blueline.desktop.shell.actions.Command;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;

/** File: new, browser, save a copy, import and export, close, quit. */
final class FileMenu {
    private FileMenu() {
    }

    static Menu build(EditorWindow w, ActionSet a) {
        var shell = w.shell();
        var stage = w.stage();
        ExportCommands export = new ExportCommands(w);
        a.add(Action.of(Command.NEW_PROJECT, Feather.FILE_PLUS, () -> shell.askNewProject(stage)));
        a.add(Action.of(Command.OPEN_BROWSER, Feather.FOLDER, shell::showBrowser));
        a.add(Action.of(Command.IMPORT_PROJECT, Feather.DOWNLOAD, () -> shell.chooseAndImport(stage)));
        a.add(Action.of(Command.EXPORT_PROJECT, Feather.UPLOAD, export::chooseProjectFile));
        a.add(Action.of(Command.SAVE_A_COPY, Feather.COPY, () -> SaveACopy.ask(w)));
        a.add(Action.of(Command.EXPORT_PNG, Feather.IMAGE, () -> export.chooseScreenFile(ExportCommands.Format.PNG)));
        a.add(Action.of(Command.EXPORT_SVG, null, () -> export.chooseScreenFile(ExportCommands.Format.SVG)));
        a.add(Action.of(Command.EXPORT_PDF, null, () -> export.chooseScreenFile(ExportCommands.Format.PDF)));
        a.add(Action.of(Command.EXPORT_CODE, Feather.CODE, () -> CodeExportDialog.showScreen(w)));
        a.add(Action.of(Command.EXPORT_PROJECT_CODE, null, () -> CodeExportDialog.showProject(w)));
        a.add(Action.of(Command.CLOSE, null, w::close));
        a.add(Action.of(Command.QUIT, Feather.POWER, shell::quit));
        Menu m = EditorMenus.menu("File", "menu-file");
        m.getItems().addAll(
                a.get(Command.NEW_PROJECT).menuItem(), a.get(Command.OPEN_BROWSER).menuItem(), new SeparatorMenuItem(),
                a.get(Command.SAVE_A_COPY).menuItem(), a.get(Command.IMPORT_PROJECT).menuItem(), a.get(Command.EXPORT_PROJECT).menuItem(),
                new SeparatorMenuItem(),
                a.get(Command.EXPORT_PNG).menuItem(), a.get(Command.EXPORT_SVG).menuItem(), a.get(Command.EXPORT_PDF).menuItem(),
                a.get(Command.EXPORT_CODE).menuItem(), a.get(Command.EXPORT_PROJECT_CODE).menuItem(),
                new SeparatorMenuItem(), a.get(Command.CLOSE).menuItem(), a.get(Command.QUIT).menuItem());
        return m;
    }
}
