package fr.cls.console.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the issuer sends the browser back after logout. */
@Controller
class Goodbye {

    @GetMapping("/au-revoir")
    String goodbye() {
        return "goodbye";
    }
}
