package fr.cls.contract.contract;

/** CLS; CLSM (contrat local de santé mentale); protocole d'accord (a lighter pre-contract announcing a CLS). */
public enum ContractKind {
    CLS, CLSM, PROTOCOLE_ACCORD
}
