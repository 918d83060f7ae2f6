package org.cogov;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of ARCHITECTURE.md holds: no cycle, no module reaching into another's
 * internals or below itself. Also writes the module documentation kept under docs/modules.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CogovApplication.class);

    @Test
    void modulesKeepToTheirAllowedDependencies() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
