# Português (Brasil) — licence.ftl
error-licence-missing = O serviço deste país não tem licença da Autoridade Nacional de Saúde da Índia e não pode ser prestado.
error-licence-forged = A licença deste país não é um documento autêntico da Autoridade Nacional de Saúde da Índia. O serviço está bloqueado.
error-licence-untrusted-key = A licença deste país foi assinada com uma chave que não é da Autoridade Nacional de Saúde da Índia. O serviço está bloqueado.
error-licence-expired = A licença deste país expirou. Entre em contato com o ministério da saúde.
error-licence-not-yet-valid = A licença deste país ainda não é válida.
error-licence-revoked = A Autoridade Nacional de Saúde da Índia revogou a licença deste país. O serviço está bloqueado.
error-licence-other-country = A licença instalada aqui é de outro país.
error-licence-other-deployment = A licença instalada aqui é de outra instalação da plataforma.
error-licence-host-not-licensed = Este endereço não tem licença para prestar o serviço de vacinação do país.
error-licence-terms-altered = A licença não traz os termos do memorando (gratuita, proibida a venda ou o reempacotamento). O serviço está bloqueado.
