package fr.cls.console.contracts.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import fr.cls.console.gateway.GatewayException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a page could not handle itself: an expired or refused token sends the person to log in again (the session
 * is ended, the issuer's session decides whether a password is asked); anything else is a French page, never a
 * stack trace.
 */
@ControllerAdvice
class GatewayFailures {

    @ExceptionHandler(GatewayException.class)
    String failed(GatewayException e, HttpServletRequest request, HttpServletResponse response, Model model)
            throws jakarta.servlet.ServletException {
        if (e.status() == 401) {
            request.logout();
            return "redirect:/contrats";
        }
        response.setStatus(e.status() >= 500 ? 502 : e.status());
        model.addAttribute("problem", e.problem());
        return "problem";
    }
}
