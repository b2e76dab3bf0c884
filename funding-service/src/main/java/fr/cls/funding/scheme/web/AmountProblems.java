package fr.cls.funding.scheme.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.cls.funding.scheme.InvalidAmountException;

/** An amount that is not euros and cents is the client's mistake: 400, naming the amount and the rule. */
@RestControllerAdvice
class AmountProblems {

    @ExceptionHandler(InvalidAmountException.class)
    ProblemDetail invalidAmount(InvalidAmountException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid amount");
        problem.setProperty("errors", List.of(Map.of("field", "amountsByYear", "rule", e.code(), "message", e.getMessage())));
        return problem;
    }
}
